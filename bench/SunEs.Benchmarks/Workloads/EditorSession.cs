using System.Collections.Concurrent;
using Nerdbank.Streams;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Server;
using SunEs.LanguageServer.Text;
using StreamJsonRpc;
using LspServer = SunEs.LanguageServer.Server.LanguageServer;

namespace SunEs.Benchmarks.Workloads;

/// <summary>
/// The language server driven through the protocol, as an editor drives it: a server in process
/// over a pair of streams, a JSON-RPC client that sends changes and requests and records the
/// diagnostics the server publishes. What is measured is what the author waits for, debounce
/// included.
/// </summary>
public sealed class EditorSession : IAsyncDisposable
{
    private readonly LspServer _server;
    private readonly JsonRpc _client;
    private readonly Publications _publications = new();
    private readonly Task<int> _running;

    private EditorSession(ServerOptions options)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        _server = new LspServer(serverStream, serverStream, options);
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LspServer.CreateFormatter()));
        _client.AddLocalRpcTarget(_publications);
        _client.StartListening();
        _running = _server.RunAsync();
    }

    /// <summary>A server initialised on <paramref name="workspaceFolder"/> (none when null), with the default diagnostics delay unless <paramref name="options"/> says otherwise.</summary>
    public static EditorSession Start(string? workspaceFolder, ServerOptions? options = null)
    {
        var session = new EditorSession(options ?? new ServerOptions());
        session.Wait(session._client.InvokeWithParameterObjectAsync<InitializeResult>("initialize", new InitializeParams
        {
            ProcessId = Environment.ProcessId,
            Locale = "fr",
            WorkspaceFolders = workspaceFolder is null ? [] : [new WorkspaceFolder(DocumentUris.FromPath(workspaceFolder), "bench")],
        }));
        session.Wait(session._client.NotifyWithParameterObjectAsync("initialized", new { }));
        return session;
    }

    /// <summary>Opens a document and waits for its first diagnostics.</summary>
    public void Open(string uri, string text)
    {
        var published = _publications.When(uri, 1);
        Wait(_client.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "sunes", 1, text))));
        Wait(published);
    }

    /// <summary>Sends one change; returns when it is sent (the server applies it in order, before any later request).</summary>
    public void Change(string uri, int version, LanguageServer.Protocol.Range range, string text) =>
        Wait(_client.NotifyWithParameterObjectAsync("textDocument/didChange",
            new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), [new TextDocumentContentChangeEvent(text, range)])));

    /// <summary>Completes when the diagnostics of that version of the document are published.</summary>
    public Task Published(string uri, int version) => _publications.When(uri, version);

    public CompletionList Complete(string uri, Position position) =>
        Wait(_client.InvokeWithParameterObjectAsync<CompletionList>("textDocument/completion", new CompletionParams(new TextDocumentIdentifier(uri), position)));

    public Hover? Hover(string uri, Position position) =>
        Wait(_client.InvokeWithParameterObjectAsync<Hover?>("textDocument/hover", new HoverParams(new TextDocumentIdentifier(uri), position)));

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
        await Task.WhenAny(_running, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
    }

    /// <summary>Waits for the server, five minutes at most: a benchmark must fail, not hang.</summary>
    public void Wait(Task task) => task.WaitAsync(TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();

    private T Wait<T>(Task<T> task) => task.WaitAsync(TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();

    /// <summary>The client's side of publishDiagnostics: each (document, version) published completes its waiters.</summary>
    private sealed class Publications
    {
        private readonly ConcurrentDictionary<(string Uri, int Version), TaskCompletionSource> _published = new();

        public Task When(string uri, int version) => Source(uri, version).Task;

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(PublishDiagnosticsParams parameters) => Source(parameters.Uri, parameters.Version ?? 0).TrySetResult();

        private TaskCompletionSource Source(string uri, int version) =>
            _published.GetOrAdd((uri, version), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
