using System.Reflection;
using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Server;
using SunEs.LanguageServer.Workspaces;
using StreamJsonRpc;

namespace SunEs.LanguageServer.Handlers;

/// <summary>initialize, initialized, shutdown and exit; the capabilities announced are exactly the features implemented.</summary>
internal sealed class LifecycleHandler(ServerState state, Workspace workspace, Func<JsonRpc> rpc, ServerOptions options)
{
    public static ServerCapabilities Capabilities { get; } = new()
    {
        PositionEncoding = "utf-16",
        TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental),
        HoverProvider = true,
        DefinitionProvider = true,
        ReferencesProvider = true,
        RenameProvider = new RenameOptions(PrepareProvider: true),
        DocumentSymbolProvider = true,
        FoldingRangeProvider = true,
        SemanticTokensProvider = new SemanticTokensOptions(SemanticTokensService.Legend, Full: true),
        CompletionProvider = new CompletionOptions(ResolveProvider: false),
        CodeActionProvider = new CodeActionOptions([CodeActionKind.QuickFix]),
        InlayHintProvider = true,
        DocumentFormattingProvider = true,
        DocumentRangeFormattingProvider = true,
        Workspace = new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true)),
        Experimental = new ExperimentalCapabilities(new SunEsExperimentalCapabilities
        {
            Compile = true,
            RunTests = true,
            RulesPage = true,
        }),
    };

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        state.Initialize(parameters);
        var roots = parameters.WorkspaceFolders?.Select(folder => folder.Uri).ToList() ?? [];
        if (roots.Count == 0 && (parameters.RootUri ?? (parameters.RootPath is { } path ? Text.DocumentUris.FromPath(path) : null)) is { } root)
        {
            roots.Add(root);
        }

        workspace.AddRoots(roots);
        var version = typeof(LifecycleHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return new InitializeResult(Capabilities, new ServerInfo("sunes-lsp", version));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(EmptyParams? parameters = null)
    {
        if (state.WatchedFilesRegistration)
        {
            var registration = new Registration("sunes-watched-files", "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher("**/*.sunes")]));
            _ = Task.Run(async () =>
            {
                try
                {
                    await rpc().InvokeWithParameterObjectAsync("client/registerCapability", new RegistrationParams([registration])).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    options.Log.WriteLine($"The client refused to watch *.sunes files: {e.Message}");
                }
            });
        }

        state.MarkClientReady();
        workspace.Touch();
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        state.ShutDown();
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => state.Exited();
}
