using System.Diagnostics;
using System.Globalization;

namespace SunEs.Benchmarks.Workloads;

/// <summary>The built command-line tool run as a new process, with the most memory it held (its peak resident set, read from /proc while it runs).</summary>
public static class SunesProcess
{
    /// <summary>Runs <c>sunes</c> with the arguments; returns what it used (peak resident memory 0 where /proc is not there). A non-zero exit code is an error.</summary>
    public static SunesRun Run(params string[] arguments)
    {
        using var process = Process.Start(Start(arguments)) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        var processor = TimeSpan.Zero;
        while (!process.WaitForExit(10))
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            processor = ProcessorTime(process, processor);
        }

        return process.ExitCode == 0
            ? new SunesRun(peak, processor)
            : throw new InvalidOperationException($"sunes {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}{output.Result}");
    }

    /// <summary>How to start the built tool with these arguments, its output and errors redirected.</summary>
    public static ProcessStartInfo Start(params string[] arguments)
    {
        var tool = Path.Combine(Repository.Root, "src", "SunEs.Cli", "bin", "Release", "net10.0", "sunes.dll");
        if (!File.Exists(tool))
        {
            throw new InvalidOperationException($"Build the tool first (dotnet build -c Release): {tool} is missing.");
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        start.ArgumentList.Add(tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>User and system time of a running process so far (<paramref name="before"/> once it is gone).</summary>
    private static TimeSpan ProcessorTime(Process process, TimeSpan before)
    {
        try
        {
            return process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return before;
        }
    }

    /// <summary>VmHWM of /proc/PID/status: the high-water mark of the resident set, which only grows while the process lives.</summary>
    private static long PeakResidentBytes(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

/// <summary>What one <c>sunes</c> process used: its peak resident memory in bytes and its processor time (the last 10 ms may be missed).</summary>
public sealed record SunesRun(long PeakBytes, TimeSpan ProcessorTime);
