using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Workspaces;
using StreamJsonRpc;

namespace SunEs.LanguageServer.Handlers;

/// <summary>Files changed on disk and workspace folders added or removed.</summary>
internal sealed class WorkspaceHandler(Workspace workspace)
{
    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters) => workspace.FilesChanged(parameters.Changes);

    [JsonRpcMethod("workspace/didChangeWorkspaceFolders", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams parameters)
    {
        workspace.RemoveRoots(parameters.Event.Removed.Select(folder => folder.Uri));
        workspace.AddRoots(parameters.Event.Added.Select(folder => folder.Uri));
    }
}
