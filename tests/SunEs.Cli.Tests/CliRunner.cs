using SunEs.Cli;

namespace SunEs.Cli.Tests;

/// <summary>What a command printed and returned, run in-process.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
}

/// <summary>Runs <c>sunes</c> in-process over string writers, from a chosen working directory and "today".</summary>
public static class CliRunner
{
    public static readonly DateOnly DefaultToday = new(2023, 4, 1);

    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, DefaultToday, args);

    public static CliResult Run(string workingDirectory, DateOnly today, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = SunesApp.Run(args, new CliContext(output, error, workingDirectory, today));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs from the repository root, where the default folder instructions/ holds the real corpus.</summary>
    public static CliResult InRepository(params string[] args) => Run(RepositoryRoot.Path, args);
}
