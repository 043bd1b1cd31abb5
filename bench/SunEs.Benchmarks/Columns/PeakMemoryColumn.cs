using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using SunEs.Benchmarks.Benchmarks;

namespace SunEs.Benchmarks.Columns;

/// <summary>The peak resident memory of the measured <c>sunes</c> processes (the largest over the iterations).</summary>
public sealed class PeakMemoryColumn : IColumn
{
    public string Id => nameof(PeakMemoryColumn);

    public string ColumnName => "Peak RSS";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Peak resident memory of the sunes process (VmHWM), the largest over the iterations";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters["Text"] is string text && ColdCheckBenchmarks.PeakMemory.TryGetValue(text, out var bytes)
            ? $"{bytes / (1024.0 * 1024.0):F0} MB"
            : "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;

    /// <summary>Adds the column to a benchmark class: <c>[Config(typeof(PeakMemoryColumn.Config))]</c>.</summary>
    public sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new PeakMemoryColumn());
    }
}
