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
/// <c>sunes evaluate</c> as a whole process on a national batch: 1,000,000 rows of CSV in, CSV out
/// (<c>-o</c>, written atomically), with no explanation and with full explanations. The wall time of
/// each run, and the peak resident memory of the process (its high-water mark, read from
/// /proc while it runs) in the "Peak RSS" column.
/// </summary>
[Config(typeof(PeakMemoryConfig))]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class StreamingEvaluateBenchmarks : IQuickSetup
{
    private static readonly ConcurrentDictionary<string, long> PeakKilobytes = new();
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "sunes-bench-evaluate");

    private int _rows;

    [Params("none", "full")]
    public string Explain { get; set; } = "none";

    private string Input => Path.Combine(Folder, $"candidatures-{_rows}.csv");

    [GlobalSetup]
    public void Setup() => Setup(1_000_000);

    public void QuickSetup() => Setup(1_000);

    [Benchmark(Description = "sunes evaluate 1M rows CSV → CSV (cold process)")]
    public long Evaluate()
    {
        var start = ColdBuildBenchmarks.Start("evaluate", "--from", Path.Combine(Folder, "build"), "--input", Input, "--as-of", "2023-04-01",
            "--format", "csv", "--explain", Explain, "-o", Path.Combine(Folder, "result.csv"));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
        }

        PeakKilobytes.AddOrUpdate(Explain, peak, (_, before) => Math.Max(before, peak));
        return process.ExitCode == 0 ? peak : throw new InvalidOperationException($"sunes evaluate exited with {process.ExitCode}: {error.Result}{output.Result}");
    }

    private void Setup(int rows)
    {
        _rows = rows;
        Directory.CreateDirectory(Folder);
        ColdBuildBenchmarks.Sunes("build", Repository.InstructionsDirectory, "-o", Path.Combine(Folder, "build"));
        if (!File.Exists(Input))
        {
            CandidatureFile.Write(Input, rows);
        }
    }

    /// <summary>VmHWM of a running process, in kilobytes (0 once it is gone).</summary>
    private static long HighWaterMark(int process)
    {
        try
        {
            var line = File.ReadLines($"/proc/{process}/status").FirstOrDefault(text => text.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private sealed class PeakMemoryConfig : ManualConfig
    {
        public PeakMemoryConfig() => AddColumn(new PeakMemoryColumn());
    }

    private sealed class PeakMemoryColumn : IColumn
    {
        public string Id => "PeakRss";

        public string ColumnName => "Peak RSS";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Metric;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Size;

        public string Legend => "Peak resident memory of the sunes process (VmHWM), the largest over the runs";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            PeakKilobytes.TryGetValue((string)benchmarkCase.Parameters["Explain"], out var kilobytes) ? $"{kilobytes / 1024.0:F0} MB" : "-";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
