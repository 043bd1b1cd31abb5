using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Workspaces;
using StreamJsonRpc;

namespace SunEs.LanguageServer.Handlers;

/// <summary>Incremental text synchronisation, applied in the order received.</summary>
internal sealed class TextSyncHandler(Workspace workspace)
{
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters) => workspace.Open(parameters.TextDocument);

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters) => workspace.Change(parameters.TextDocument, parameters.ContentChanges);

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters) => workspace.Close(parameters.TextDocument.Uri);
}
