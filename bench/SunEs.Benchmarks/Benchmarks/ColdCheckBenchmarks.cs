using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SunEs.Benchmarks.Workloads;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// <c>sunes check</c> as a whole cold process on generated texts: 17,000 lines holding one test
/// per domain (460 tests), and a 10 MB text of declarations. The peak resident memory of each
/// run is kept for the <see cref="Columns.PeakMemoryColumn"/>.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 5)]
[ShortRun(iterations: 1, warmups: 0)]
[Config(typeof(Columns.PeakMemoryColumn.Config))]
public class ColdCheckBenchmarks : IQuickSetup
{
    public const string WithTests = "17,000 lines, 460 tests";
    public const string TenMegabytes = "10 MB of declarations";

    private string _path = string.Empty;

    /// <summary>The highest peak resident memory seen per text, in bytes.</summary>
    public static ConcurrentDictionary<string, long> PeakMemory { get; } = new();

    [Params(WithTests, TenMegabytes)]
    public string Text { get; set; } = WithTests;

    [GlobalSetup]
    public void Setup() => Write(Text == WithTests ? SyntheticInstruction.Generate(17_000, tests: true) : SyntheticInstruction.Generate(190_000));

    /// <summary>A small text of the same kind: the quick run checks the command, not the size.</summary>
    public void QuickSetup() => Write(SyntheticInstruction.Generate(1_000, tests: Text == WithTests));

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Description = "sunes check (cold process)")]
    public long Check()
    {
        var peak = SunesProcess.Run("check", _path);
        PeakMemory.AddOrUpdate(Text, peak, (_, known) => Math.Max(known, peak));
        return peak;
    }

    private void Write(string text)
    {
        _path = Path.Combine(Path.GetTempPath(), $"sunes-bench-check-{Environment.ProcessId}.sunes");
        File.WriteAllText(_path, text);
    }
}
