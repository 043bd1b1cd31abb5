using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Running;
using SunEs.Benchmarks.Workloads;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// <c>sunes evaluate</c> as a whole process on a national batch: 100,000 and 1,000,000 rows of CSV
/// in, CSV out (<c>-o</c>, written atomically), with no explanation and with full explanations. The
/// wall time of each run; the peak resident memory of the process (its high-water mark, read from
/// /proc while it runs) in the "Peak RSS" column, which must not grow with the rows; and the
/// processor time the process used, which a loaded machine does not inflate as it does the wall time.
/// </summary>
[Config(typeof(Config))]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 3)]
[ShortRun(iterations: 1, warmups: 0)]
public class StreamingEvaluateBenchmarks : IQuickSetup
{
    private static readonly Columns.ProcessColumns Runs = new(Case);
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "sunes-bench-evaluate");

    private int _rows;

    [Params(100_000, 1_000_000)]
    public int Rows { get; set; } = 1_000_000;

    [ParamsSource(nameof(ExplainLevels))]
    public string Explain { get; set; } = "none";

    /// <summary>A short run times the national batch without prose only: the goal of 1,000,000 rows is stated for it.</summary>
    public static IEnumerable<string> ExplainLevels => ShortRunAttribute.IsActive ? ["none"] : ["none", "full"];

    private string Input => Path.Combine(Folder, $"candidatures-{_rows}.csv");

    [GlobalSetup]
    public void Setup() => Setup(Rows);

    public void QuickSetup() => Setup(1_000);

    [Benchmark(Description = "sunes evaluate CSV → CSV (cold process)")]
    public long Evaluate()
    {
        var run = SunesProcess.Run("evaluate", "--from", Path.Combine(Folder, "build"), "--input", Input, "--as-of", "2023-04-01",
            "--format", "csv", "--explain", Explain, "-o", Path.Combine(Folder, "result.csv"));
        Runs.Record(Case(Rows, Explain), run);
        return run.PeakBytes;
    }

    private void Setup(int rows)
    {
        _rows = rows;
        Directory.CreateDirectory(Folder);
        SunesProcess.Run("build", Repository.InstructionsDirectory, "-o", Path.Combine(Folder, "build"));
        if (!File.Exists(Input))
        {
            CandidatureFile.Write(Input, rows);
        }
    }

    private static string Case(int rows, string explain) => $"{rows} {explain}";

    private static string Case(BenchmarkCase benchmarkCase) => Case((int)benchmarkCase.Parameters["Rows"], (string)benchmarkCase.Parameters["Explain"]);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(Runs.PeakMemory, Runs.ProcessorTime);
    }
}
