using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Server;
using SunEs.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace SunEs.LanguageServer.Tests.EndToEnd;

/// <summary>
/// A $/cancelRequest cancels its request when it is read: before the request started (read first),
/// or while it runs, without waiting for the dispatch context (busy with earlier messages).
/// </summary>
public sealed class CancellationOrderTests
{
    private static readonly string Uri = TestWorkspace.Uri("a.sunes");

    private static object Hover(int id) => new
    {
        jsonrpc = "2.0",
        id,
        method = "textDocument/hover",
        @params = new { textDocument = new { uri = Uri }, position = new { line = 18, character = 9 } },
    };

    [Fact]
    public async Task A_cancellation_read_before_its_request_cancels_it()
    {
        await using var raw = RawLspConnection.Start();
        await raw.InitializedWithAsync((Uri, Samples.A));

        await raw.SendAsync(new { jsonrpc = "2.0", method = "$/cancelRequest", @params = new { id = 7 } });
        await raw.SendAsync(Hover(7));
        await raw.SendAsync(Hover(8));

        Assert.Equal(LspErrorCodes.RequestCancelled, RawLspConnection.ErrorCode(await raw.ResponseAsync(7)));
        Assert.Contains("fenêtre `F2`", (await raw.ResponseAsync(8)).GetProperty("result").GetProperty("contents").GetProperty("value").GetString());
    }

    [Fact]
    public void A_cancellation_read_while_its_request_runs_cancels_it_at_once()
    {
        // JSON-RPC's own handling, which runs on the dispatch context, is left out: the reading thread alone must cancel.
        var strategy = new EarlyCancellationStrategy(new InertStrategy());
        using var running = new CancellationTokenSource();
        using var other = new CancellationTokenSource();
        strategy.IncomingRequestStarted(new RequestId(3), running);
        strategy.IncomingRequestStarted(new RequestId(4), other);

        strategy.CancellationReceived(new RequestId(3));

        Assert.True(running.IsCancellationRequested);
        Assert.False(other.IsCancellationRequested);
    }

    [Fact]
    public void A_cancellation_of_a_request_that_ended_touches_nothing_it_owned()
    {
        var strategy = new EarlyCancellationStrategy(new InertStrategy());
        var ended = new CancellationTokenSource();
        strategy.IncomingRequestStarted(new RequestId(5), ended);
        strategy.IncomingRequestEnded(new RequestId(5));
        ended.Dispose();

        Assert.Null(Record.Exception(() => strategy.CancellationReceived(new RequestId(5))));
    }

    private sealed class InertStrategy : ICancellationStrategy
    {
        public void CancelOutboundRequest(RequestId requestId)
        {
        }

        public void IncomingRequestEnded(RequestId requestId)
        {
        }

        public void IncomingRequestStarted(RequestId requestId, CancellationTokenSource cancellationTokenSource)
        {
        }

        public void OutboundRequestEnded(RequestId requestId)
        {
        }
    }
}
