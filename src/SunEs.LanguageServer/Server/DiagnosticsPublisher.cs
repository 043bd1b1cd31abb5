using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Workspaces;

namespace SunEs.LanguageServer.Server;

/// <summary>
/// Publishes the diagnostics of every document of the workspace once the text has been still
/// for a short delay and its analysis (started by <see cref="AnalysisScheduler"/>, not by this
/// class) has finished. A newer snapshot cancels the pending publication of an older one: a
/// superseded analysis publishes nothing. Open
/// documents are published with their version; a document that leaves the workspace (closed
/// and not on disk, or deleted) has its diagnostics cleared.
/// </summary>
internal sealed class DiagnosticsPublisher(Func<PublishDiagnosticsParams, Task> send, ServerState state, ServerOptions options)
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private readonly Dictionary<string, (int? Version, string Fingerprint)> _published = new(StringComparer.Ordinal);
    private CancellationTokenSource? _pending;
    private bool _stopped;

    public void Schedule(WorkspaceSnapshot snapshot)
    {
        if (state.Lifecycle != Lifecycle.Initialized || !state.ClientReady)
        {
            return;
        }

        CancellationTokenSource source;
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            _pending?.Cancel();
            _pending = source = new CancellationTokenSource();
        }

        _ = PublishAsync(snapshot, source.Token);
    }

    /// <summary>The connection is ending (exit, or the client gone): the pending publication is dropped, none is started.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            _stopped = true;
            _pending?.Cancel();
        }
    }

    private async Task PublishAsync(WorkspaceSnapshot snapshot, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.DiagnosticsDelay, cancellationToken).ConfigureAwait(false);
            var compilation = await snapshot.WhenAnalysedAsync(cancellationToken).ConfigureAwait(false);
            await _publishing.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var present = snapshot.Documents.Values.Select(d => d.Uri).ToHashSet(StringComparer.Ordinal);
                foreach (var uri in _published.Keys.Where(uri => !present.Contains(uri)).ToList())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await send(new PublishDiagnosticsParams(uri, [])).ConfigureAwait(false);
                    _published.Remove(uri);
                }

                foreach (var document in snapshot.Documents.Values.OrderByDescending(d => d.IsOpen))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var diagnostics = DiagnosticConverter.ConvertAll(compilation, document.Text, state.Language);
                    var fingerprint = string.Join('\n', diagnostics.Select(d => $"{d.Range}|{d.Severity}|{d.Code}|{d.Message}"));
                    if (_published.TryGetValue(document.Uri, out var previous) && previous == (document.Version, fingerprint))
                    {
                        continue;
                    }

                    await send(new PublishDiagnosticsParams(document.Uri, diagnostics) { Version = document.Version }).ConfigureAwait(false);
                    _published[document.Uri] = (document.Version, fingerprint);
                }
            }
            finally
            {
                _publishing.Release();
            }
        }
        catch (OperationCanceledException)
        {
            // A newer change arrived, or the connection is ending: nothing to publish for this snapshot.
        }
        catch (Exception) when (Volatile.Read(ref _stopped))
        {
            // The connection closed while a notification was being written: there is no one left to tell.
        }
        catch (Exception e)
        {
            options.Log.WriteLine($"Publishing diagnostics failed: {e}");
        }
    }
}
