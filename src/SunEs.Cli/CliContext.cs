namespace SunEs.Cli;

/// <summary>
/// Everything a command reads from or writes to the outside world, injected so that tests can run
/// commands in-process: output streams, the directory relative paths start from, and today's date.
/// </summary>
/// <param name="Out">Where results go (diagnostics of <c>check</c>, tables of <c>show</c>).</param>
/// <param name="Error">Where usage errors and, for <c>show</c>, diagnostics go.</param>
/// <param name="WorkingDirectory">The directory relative paths are resolved against and displayed from.</param>
/// <param name="Today">The default date of <c>show --as-of</c>.</param>
/// <param name="IsTerminal">True when <paramref name="Out"/> is an interactive terminal (colours allowed).</param>
/// <param name="Width">The width tables are laid out for.</param>
/// <param name="ErrorIsTerminal">True when <paramref name="Error"/> is an interactive terminal (progress bars allowed).</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory, DateOnly Today, bool IsTerminal = false, int Width = CliContext.DefaultWidth,
    bool ErrorIsTerminal = false)
{
    /// <summary>The layout width when the output is not a terminal: fixed, so output is the same everywhere.</summary>
    public const int DefaultWidth = 160;

    /// <summary>The real console of the process.</summary>
    public static CliContext ForConsole()
    {
        var isTerminal = !Console.IsOutputRedirected;
        var width = DefaultWidth;
        if (isTerminal)
        {
            try
            {
                width = Math.Max(80, Console.WindowWidth);
            }
            catch (IOException)
            {
                // No usable terminal size: keep the fixed width.
            }
        }

        return new CliContext(Console.Out, Console.Error, Directory.GetCurrentDirectory(), DateOnly.FromDateTime(DateTime.Now), isTerminal, width,
            !Console.IsErrorRedirected);
    }
}
