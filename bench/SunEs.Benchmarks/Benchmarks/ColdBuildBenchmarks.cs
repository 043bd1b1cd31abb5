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
[ShortRun(iterations: 3, warmups: 0)]
public class ColdBuildBenchmarks
{
    private static readonly string OutputDirectory = Path.Combine(Path.GetTempPath(), "sunes-bench-build");

    [Benchmark(Description = "sunes build instructions (cold process)")]
    public long BuildCorpus() => SunesProcess.Run("build", Repository.InstructionsDirectory, "-o", OutputDirectory).PeakBytes;
}
