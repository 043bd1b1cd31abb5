using System.Diagnostics;

namespace SunEs.Cli.Tests.Evaluation;

/// <summary>
/// Runs <c>sunes</c> as its own process (the one the tests build beside them), for what only a
/// process shows: how much memory it may use, and input from a pipe.
/// </summary>
internal static class SunesProcess
{
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "sunes.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A named pipe at <paramref name="path"/>: what is written to it is read once, and never lies whole on disk.</summary>
    public static void MakePipe(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]) ?? throw new InvalidOperationException("mkfifo could not be started.");
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
