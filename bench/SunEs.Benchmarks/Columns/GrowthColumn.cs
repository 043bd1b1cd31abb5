using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SunEs.Benchmarks.Columns;

/// <summary>
/// time(2n) / time(n): the mean of a case over the mean of the same benchmark with the same other
/// parameters and half the <c>Lines</c>. Linear work gives 2; the goal is at most 2.2.
/// Added to a benchmark class by <c>[Config(typeof(GrowthColumn.Config))]</c>.
/// </summary>
public static class GrowthColumn
{
    private static string Growth(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (Lines(benchmarkCase) is not { } lines)
        {
            return "-";
        }

        var half = summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor == benchmarkCase.Descriptor && Lines(other) * 2 == lines && SameOtherParameters(other, benchmarkCase));
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var halfMean = half is null ? null : summary[half]?.ResultStatistics?.Mean;
        return mean is { } time && halfMean is > 0 ? (time / halfMean.Value).ToString("0.00", CultureInfo.InvariantCulture) : "-";
    }

    private static int? Lines(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(parameter => parameter.Name == "Lines")?.Value as int?;

    private static bool SameOtherParameters(BenchmarkCase a, BenchmarkCase b) =>
        a.Parameters.Items.Where(parameter => parameter.Name != "Lines")
            .All(parameter => Equals(parameter.Value, b.Parameters[parameter.Name]));

    public sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ComputedColumn(nameof(GrowthColumn), "t(2n)/t(n)",
            "Mean time over the mean time of the same benchmark at half the lines (linear: 2)", Growth));
    }
}
