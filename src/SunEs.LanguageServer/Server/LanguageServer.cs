using System.Text.Json;
using System.Text.Json.Serialization;
using SunEs.LanguageServer.Handlers;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Workspaces;
using StreamJsonRpc;

namespace SunEs.LanguageServer.Server;

/// <summary>
/// The SunEs language server over one pair of streams (stdin/stdout for the executable, pipes in
/// tests): LSP base protocol, JSON-RPC dispatch in arrival order, one handler per feature.
/// </summary>
public sealed class LanguageServer : IAsyncDisposable
{
    private readonly OrderedSynchronizationContext _dispatch;
    private readonly LspJsonRpc _rpc;
    private readonly ServerState _state = new();
    private readonly DiagnosticsPublisher _publisher;

    public LanguageServer(Stream input, Stream output, ServerOptions? options = null)
    {
        Options = options ?? new ServerOptions();
        Workspace = new Workspace(Options.Log, new AnalysisQueue(Options.BeforeAnalysis, Features.Completion.EntityCandidates.Prepare));
        var formatter = CreateFormatter();
        _rpc = new LspJsonRpc(new LspMessageHandler(output, new FrameReader(input), formatter, new ProtocolGate(), Options.Log), Options.Log);
        _dispatch = new OrderedSynchronizationContext(Options.Log);
        _rpc.SynchronizationContext = _dispatch;

        _publisher = new DiagnosticsPublisher(
            parameters => _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", parameters),
            _state, Options);
        Workspace.Changed += new AnalysisScheduler(Options).Schedule;
        Workspace.Changed += _publisher.Schedule;

        var runner = new RequestRunner(Workspace, _state, Options);
        object[] handlers =
        [
            new LifecycleHandler(_state, Workspace, () => _rpc, Options),
            new TextSyncHandler(Workspace),
            new WorkspaceHandler(Workspace),
            new HoverHandler(runner),
            new DefinitionHandler(runner),
            new ReferencesHandler(runner),
            new RenameHandler(runner),
            new DocumentSymbolHandler(runner),
            new FoldingRangeHandler(runner),
            new SemanticTokensHandler(runner),
            new CompletionHandler(runner, _state),
            new CodeActionHandler(runner),
            new InlayHintHandler(runner),
            new RulesPageHandler(runner),
            new FormattingHandler(runner),
            new ProgrammeHandler(runner),
        ];
        foreach (var handler in handlers)
        {
            _rpc.AddLocalRpcTarget(handler, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        }
    }

    public ServerOptions Options { get; }

    public Workspace Workspace { get; }

    /// <summary>The formatter both ends use: camelCase, nulls omitted, nullable annotations and required parameters enforced.</summary>
    public static SystemTextJsonFormatter CreateFormatter() => new()
    {
        JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        },
    };

    /// <summary>Serves until the client sends exit (0 after shutdown, else 1) or closes the stream (1).</summary>
    public async Task<int> RunAsync()
    {
        ReserveThreads();
        _rpc.StartListening();
        var finished = await Task.WhenAny(_state.Exit, _rpc.Completion).ConfigureAwait(false);
        _publisher.Stop();
        var code = finished == _state.Exit ? await _state.Exit.ConfigureAwait(false) : 1;
        return code;
    }

    /// <summary>
    /// An analysis and an emit each hold a pool thread for as long as they compute: on a two-core
    /// machine, every thread the pool starts with. The reading of the next message (a keystroke,
    /// a cancellation) then waited for the pool to grow, which it does half a second at a time;
    /// a few threads more than the cores keep the reading and the short requests going.
    /// </summary>
    private static void ReserveThreads()
    {
        const int spare = 4;
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < Environment.ProcessorCount + spare)
        {
            ThreadPool.SetMinThreads(Environment.ProcessorCount + spare, completionPorts);
        }
    }

    /// <summary>
    /// Ends the connection. After exit, nothing more is read or written: the read of standard
    /// input may stay blocked while the client keeps it open, and is not waited for. Otherwise the
    /// connection is given a moment to end.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        _publisher.Stop();
        _rpc.Dispose();
        if (!_state.Exit.IsCompleted)
        {
            try
            {
                await _rpc.Completion.WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                Options.Log.WriteLine($"Connection ended: {e.Message}");
            }
        }

        _dispatch.Dispose();
    }
}
