using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace SunEs.LanguageServer.Server;

/// <summary>
/// Cancels a request as soon as its $/cancelRequest is read. JSON-RPC's own handling runs the
/// notification on the dispatch context, behind whatever is queued there, so a request could end
/// with its result before its cancellation was applied; here the reading thread cancels it at
/// once. A cancellation read before its request has started (the client sends both back to back,
/// and the two may be handled out of order) is remembered — the most recent few, since a request
/// that ended before its cancellation arrived never starts again — and applied when it starts.
/// </summary>
internal sealed class EarlyCancellationStrategy(ICancellationStrategy standard) : ICancellationStrategy
{
    private const int Remembered = 64;

    private readonly Lock _lock = new();
    private readonly Dictionary<RequestId, CancellationTokenSource> _started = [];
    private readonly HashSet<RequestId> _early = [];
    private readonly Queue<RequestId> _earlyOrder = new();

    /// <summary>A $/cancelRequest was read for <paramref name="id"/>: remembered if its request has not started.</summary>
    public void CancellationReceived(RequestId id)
    {
        lock (_lock)
        {
            if (_started.TryGetValue(id, out var running))
            {
                // Under the lock, so the request cannot end (and its source be disposed) meanwhile;
                // the callbacks run on the pool, not on the thread that reads the messages.
                _ = running.CancelAsync();
                return;
            }

            if (!_early.Add(id))
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
            _started[requestId] = cancellationTokenSource;
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
