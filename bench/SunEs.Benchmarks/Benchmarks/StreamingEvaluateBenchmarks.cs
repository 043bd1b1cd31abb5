using System.Collections.Concurrent;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
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
[Config(typeof(PeakMemoryConfig))]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 3)]
[ShortRun(iterations: 1, warmups: 0)]
public class StreamingEvaluateBenchmarks : IQuickSetup
{
    private static readonly ConcurrentDictionary<string, long> PeakKilobytes = new();
    private static readonly ConcurrentDictionary<string, (TimeSpan Total, int Runs)> ProcessorTimes = new();
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
        var start = SunesProcess.Start("evaluate", "--from", Path.Combine(Folder, "build"), "--input", Input, "--as-of", "2023-04-01",
            "--format", "csv", "--explain", Explain, "-o", Path.Combine(Folder, "result.csv"));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        var processor = TimeSpan.Zero;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, SunesProcess.PeakResidentBytes(process.Id) / 1024);
            processor = ProcessorTime(process, processor);
        }

        PeakKilobytes.AddOrUpdate(Case(Rows, Explain), peak, (_, before) => Math.Max(before, peak));
        ProcessorTimes.AddOrUpdate(Case(Rows, Explain), (processor, 1), (_, before) => (before.Total + processor, before.Runs + 1));
        return process.ExitCode == 0 ? peak : throw new InvalidOperationException($"sunes evaluate exited with {process.ExitCode}: {error.Result}{output.Result}");
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

    private sealed class PeakMemoryConfig : ManualConfig
    {
        public PeakMemoryConfig()
        {
            AddColumn(new ProcessColumn("PeakRss", "Peak RSS", "Peak resident memory of the sunes process (VmHWM), the largest over the runs",
                benchmarkCase => PeakKilobytes.TryGetValue(Case(benchmarkCase), out var kilobytes) ? $"{kilobytes / 1024.0:F0} MB" : "-"));
            AddColumn(new ProcessColumn("Cpu", "CPU / run", "User and system time of the sunes process, the mean over the runs (the last 20 ms may be missed)",
                benchmarkCase => ProcessorTimes.TryGetValue(Case(benchmarkCase), out var processor) ? $"{processor.Total.TotalSeconds / processor.Runs:F1} s" : "-"));
        }
    }

    private sealed class ProcessColumn(string id, string name, string legend, Func<BenchmarkCase, string> value) : IColumn
    {
        public string Id => id;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Metric;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => value(benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
