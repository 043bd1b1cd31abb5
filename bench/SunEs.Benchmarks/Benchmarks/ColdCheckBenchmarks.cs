using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using SunEs.Benchmarks.Workloads;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// <c>sunes check</c> as a whole cold process on generated texts: 17,000 lines holding one test
/// per domain (460 tests), and a 10 MB text of declarations. The peak resident memory of each
/// run is kept for the "Peak RSS" column.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 5)]
[ShortRun(iterations: 1, warmups: 0)]
[Config(typeof(Config))]
public class ColdCheckBenchmarks : IQuickSetup
{
    public const string WithTests = "17,000 lines, 460 tests";
    public const string TenMegabytes = "10 MB of declarations";

    private string _path = string.Empty;

    private static readonly Columns.ProcessColumns Runs = new(benchmarkCase => (string)benchmarkCase.Parameters["Text"]);

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
        var run = SunesProcess.Run("check", _path);
        Runs.Record(Text, run);
        return run.PeakBytes;
    }

    private void Write(string text)
    {
        _path = Path.Combine(Path.GetTempPath(), $"sunes-bench-check-{Environment.ProcessId}.sunes");
        File.WriteAllText(_path, text);
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(Runs.PeakMemory);
    }
}
