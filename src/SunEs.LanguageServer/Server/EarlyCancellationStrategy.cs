using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace SunEs.LanguageServer.Server;

/// <summary>
/// JSON-RPC's own handling of $/cancelRequest, plus the case it drops: a cancellation read before
/// its request has started (the client sends both back to back, and the two may be handled out
/// of order). Such a cancellation is remembered — the most recent few, since a request that ended
/// before its cancellation arrived never starts again — and applied when its request starts.
/// </summary>
internal sealed class EarlyCancellationStrategy(ICancellationStrategy standard) : ICancellationStrategy
{
    private const int Remembered = 64;

    private readonly Lock _lock = new();
    private readonly HashSet<RequestId> _started = [];
    private readonly HashSet<RequestId> _early = [];
    private readonly Queue<RequestId> _earlyOrder = new();

    /// <summary>A $/cancelRequest was read for <paramref name="id"/>: remembered if its request has not started.</summary>
    public void CancellationReceived(RequestId id)
    {
        lock (_lock)
        {
            if (_started.Contains(id) || !_early.Add(id))
            {
                return;
            }

            _earlyOrder.Enqueue(id);
            if (_earlyOrder.Count > Remembered)
            {
                _early.Remove(_earlyOrder.Dequeue());
            }
        }
    }

    public void IncomingRequestStarted(RequestId requestId, CancellationTokenSource cancellationTokenSource)
    {
        standard.IncomingRequestStarted(requestId, cancellationTokenSource);
        bool cancelledAlready;
        lock (_lock)
        {
            _started.Add(requestId);
            cancelledAlready = _early.Remove(requestId);
        }

        if (cancelledAlready)
        {
            cancellationTokenSource.Cancel();
        }
    }

    public void IncomingRequestEnded(RequestId requestId)
    {
        lock (_lock)
        {
            _started.Remove(requestId);
        }

        standard.IncomingRequestEnded(requestId);
    }

    public void CancelOutboundRequest(RequestId requestId) => standard.CancelOutboundRequest(requestId);

    public void OutboundRequestEnded(RequestId requestId) => standard.OutboundRequestEnded(requestId);
}
