using System.Collections.Concurrent;

namespace SunEs.LanguageServer.Server;

/// <summary>
/// Runs posted work one item at a time, in the order posted, on one thread. Given to JSON-RPC as
/// its dispatch context, it makes the server see messages in the order the client sent them: the
/// synchronous start of every handler (a text change applied, a snapshot taken) runs in protocol
/// order; the work of requests then leaves this thread for the pool.
/// </summary>
internal sealed class OrderedSynchronizationContext : SynchronizationContext, IDisposable
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];
    private readonly Thread _thread;
    private readonly TextWriter _log;

    public OrderedSynchronizationContext(TextWriter log)
    {
        _log = log;
        _thread = new Thread(Run) { IsBackground = true, Name = "sunes-lsp dispatch" };
        _thread.Start();
    }

    public override void Post(SendOrPostCallback d, object? state)
    {
        try
        {
            _queue.Add((d, state));
        }
        catch (InvalidOperationException)
        {
            // Shutting down: what is still posted runs on the pool.
            ThreadPool.QueueUserWorkItem(_ => d(state));
        }
    }

    public override void Send(SendOrPostCallback d, object? state)
    {
        if (Thread.CurrentThread == _thread)
        {
            d(state);
            return;
        }

        using var done = new ManualResetEventSlim();
        Post(s =>
        {
            try
            {
                d(s);
            }
            finally
            {
                done.Set();
            }
        }, state);
        done.Wait();
    }

    public override SynchronizationContext CreateCopy() => this;

    public void Dispose() => _queue.CompleteAdding();

    private void Run()
    {
        SetSynchronizationContext(this);
        foreach (var (callback, state) in _queue.GetConsumingEnumerable())
        {
            try
            {
                callback(state);
            }
            catch (Exception e)
            {
                _log.WriteLine($"Unhandled error in dispatch: {e}");
            }
        }
    }
}
