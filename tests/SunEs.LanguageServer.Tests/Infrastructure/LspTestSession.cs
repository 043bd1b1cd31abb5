using System.Threading.Channels;
using Nerdbank.Streams;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Server;
using StreamJsonRpc;
using LspServer = SunEs.LanguageServer.Server.LanguageServer;

namespace SunEs.LanguageServer.Tests.Infrastructure;

/// <summary>A server in process, over a duplex stream, with a JSON-RPC client that records what the server sends it.</summary>
internal sealed class LspTestSession : IAsyncDisposable
{
    private readonly ClientTarget _target = new();

    private LspTestSession(LspServer server, JsonRpc client)
    {
        Server = server;
        Client = client;
        Running = server.RunAsync();
    }

    public LspServer Server { get; }

    public JsonRpc Client { get; }

    /// <summary>Completes with the server's exit code.</summary>
    public Task<int> Running { get; }

    public ChannelReader<PublishDiagnosticsParams> Diagnostics => _target.Diagnostics.Reader;

    public IReadOnlyList<RegistrationParams> Registrations => _target.Registrations;

    public static ServerOptions DefaultOptions => new()
    {
        Clock = new FixedClock(TestWorkspace.Today),
        DiagnosticsDelay = TimeSpan.FromMilliseconds(20),
    };

    /// <param name="input">What the server reads from, made from its end of the pipe (its standard input, in the executable).</param>
    public static LspTestSession Start(ServerOptions? options = null, Func<Stream, Stream>? input = null)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var server = new LspServer(input?.Invoke(serverStream) ?? serverStream, serverStream, options ?? DefaultOptions);
        var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LspServer.CreateFormatter()));
        var session = new LspTestSession(server, client);
        client.AddLocalRpcTarget(session._target);
        client.StartListening();
        return session;
    }

    public Task<T> RequestAsync<T>(string method, object? parameters, CancellationToken cancellationToken = default) =>
        Client.InvokeWithParameterObjectAsync<T>(method, parameters, cancellationToken);

    public Task NotifyAsync(string method, object? parameters = null) => Client.NotifyWithParameterObjectAsync(method, parameters);

    public async Task<InitializeResult> InitializeAsync(string? rootUri = null, string? locale = "fr", ClientCapabilities? capabilities = null)
    {
        var result = await RequestAsync<InitializeResult>("initialize", new InitializeParams
        {
            ProcessId = Environment.ProcessId,
            RootUri = rootUri,
            Locale = locale,
            Capabilities = capabilities ?? new ClientCapabilities
            {
                TextDocument = new TextDocumentClientCapabilities
                {
                    Completion = new CompletionClientCapabilities { CompletionItem = new CompletionItemClientCapabilities { SnippetSupport = true } },
                },
            },
        });
        await NotifyAsync("initialized", new { });
        return result;
    }

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "sunes", version, text)));

    /// <summary>The next diagnostics published for the URI that satisfy the predicate (earlier ones are skipped).</summary>
    public async Task<PublishDiagnosticsParams> DiagnosticsForAsync(string uri, Func<PublishDiagnosticsParams, bool>? predicate = null, int timeoutSeconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        while (true)
        {
            var published = await Diagnostics.ReadAsync(timeout.Token);
            if (published.Uri == uri && (predicate is null || predicate(published)))
            {
                return published;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>What the client answers to the server: diagnostics are recorded, capability registrations accepted.</summary>
    private sealed class ClientTarget
    {
        private readonly List<RegistrationParams> _registrations = [];

        public Channel<PublishDiagnosticsParams> Diagnostics { get; } = Channel.CreateUnbounded<PublishDiagnosticsParams>();

        public IReadOnlyList<RegistrationParams> Registrations
        {
            get
            {
                lock (_registrations)
                {
                    return _registrations.ToList();
                }
            }
        }

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(PublishDiagnosticsParams parameters) => Diagnostics.Writer.TryWrite(parameters);

        [JsonRpcMethod("client/registerCapability", UseSingleObjectParameterDeserialization = true)]
        public object? RegisterCapability(RegistrationParams parameters)
        {
            lock (_registrations)
            {
                _registrations.Add(parameters);
            }

            return null;
        }
    }
}
