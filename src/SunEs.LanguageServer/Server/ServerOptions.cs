namespace SunEs.LanguageServer.Server;

/// <summary>Today's date, injectable so that "rules in force today" can be tested.</summary>
public interface IClock
{
    DateOnly Today { get; }
}

public sealed class SystemClock : IClock
{
    public DateOnly Today => DateOnly.FromDateTime(DateTime.Now);
}

public sealed class FixedClock(DateOnly today) : IClock
{
    public DateOnly Today { get; } = today;
}

public sealed record ServerOptions
{
    public IClock Clock { get; init; } = new SystemClock();

    /// <summary>How long the text must stay unchanged before diagnostics are computed and published.</summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Where the server writes what it cannot tell the client (stderr for the executable).</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>Awaited at the start of every request, before any work (method name, request token): lets tests hold a request to cancel it.</summary>
    public Func<string, CancellationToken, Task>? BeforeRequest { get; init; }

    /// <summary>
    /// How long a change waits before its analysis starts: the requests an editor sends with the
    /// keystroke (completion) are answered before the analysis competes with them for the
    /// processor and the collector. Far shorter than <see cref="DiagnosticsDelay"/>, which the
    /// analysis still has to fit in.
    /// </summary>
    public TimeSpan AnalysisDelay { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>
    /// Workspaces of up to this many characters are analysed <see cref="AnalysisDelay"/> after they change; a larger one
    /// once its texts have been still for <see cref="DiagnosticsDelay"/> per this many characters
    /// (the budget that keeps a huge document from being analysed at every keystroke).
    /// </summary>
    public long EagerAnalysisLimit { get; init; } = 2_000_000;

    /// <summary>Awaited at the start of every analysis, before any work (the snapshot, cancelled when it is superseded): lets tests hold an analysis.</summary>
    public Func<Workspaces.WorkspaceSnapshot, CancellationToken, Task>? BeforeAnalysis { get; init; }
}
