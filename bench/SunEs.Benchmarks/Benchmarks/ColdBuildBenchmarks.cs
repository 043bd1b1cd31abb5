using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SunEs.Benchmarks.Workloads;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// The command-line tool as a whole process, cold each time (a new runtime, nothing cached in
/// memory): <c>sunes build</c> of the corpus, front end, Roslyn emit, verification and the
/// atomic write of the assemblies and manifest included.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 10)]
public class ColdBuildBenchmarks
{
    private static readonly string OutputDirectory = Path.Combine(Path.GetTempPath(), "sunes-bench-build");

    [Benchmark(Description = "sunes build instructions (cold process)")]
    public int BuildCorpus() => Sunes("build", Repository.InstructionsDirectory, "-o", OutputDirectory);

    /// <summary>Runs the built tool; its exit code (0: no error) is returned and must be 0.</summary>
    public static int Sunes(params string[] arguments)
    {
        using var process = Process.Start(Start(arguments)) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException($"sunes {string.Join(' ', arguments)} exited with {process.ExitCode}: {error}{output.Result}");
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
}
