using SunEs.LanguageServer.Workspaces;

namespace SunEs.LanguageServer.Server;

/// <summary>
/// Starts the analysis of every new snapshot shortly after it exists (<see cref="ServerOptions.AnalysisDelay"/>,
/// time for the requests sent with the keystroke), so that it is usually done when the
/// diagnostics delay ends and publication waits for nothing. A workspace larger than
/// <see cref="ServerOptions.EagerAnalysisLimit"/> is the exception: it is analysed only once its
/// texts have been still for the diagnostics delay per limit's worth of characters, so that typing
/// in a huge document does not start a long analysis at every keystroke. A newer snapshot cancels
/// the wait and, through <see cref="WorkspaceSnapshot.Superseded"/>, the analysis itself.
/// </summary>
internal sealed class AnalysisScheduler(ServerOptions options)
{
    public void Schedule(WorkspaceSnapshot snapshot) => _ = StartAsync(snapshot);

    /// <summary>How long the texts of <paramref name="snapshot"/> must stay still before its analysis starts.</summary>
    public TimeSpan QuietPeriod(WorkspaceSnapshot snapshot)
    {
        var size = snapshot.Size;
        return size <= options.EagerAnalysisLimit
            ? options.AnalysisDelay
            : TimeSpan.FromTicks(Math.Max(options.AnalysisDelay.Ticks, (options.DiagnosticsDelay * Math.Ceiling((double)size / options.EagerAnalysisLimit)).Ticks));
    }

    private async Task StartAsync(WorkspaceSnapshot snapshot)
    {
        var quiet = QuietPeriod(snapshot);
        if (quiet > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(quiet, snapshot.Superseded).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        snapshot.StartAnalysis();
    }
}
