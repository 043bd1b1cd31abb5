using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SunEs.Benchmarks.Columns;

/// <summary>
/// How a case's time grows with its <c>Lines</c>: t(2n)/t(n), the median of a case over the median
/// of the same benchmark with the same other parameters and half the lines, and the growth per
/// doubling since the smallest size, (t(n)/t(smallest))^(1/doublings). Linear work gives 2; the goal
/// is at most 2.2. Medians, not means: on a shared machine another tenant slows whole iterations,
/// and one of them moved a mean enough to change a ratio by a tenth. Added to a benchmark class by
/// <c>[Config(typeof(GrowthColumn.Config))]</c>.
/// </summary>
public static class GrowthColumn
{
    private static string Growth(Summary summary, BenchmarkCase benchmarkCase) =>
        Lines(benchmarkCase) is { } lines && Median(summary, Sibling(summary, benchmarkCase, lines / 2)) is { } half && Median(summary, benchmarkCase) is { } time
            ? Format(time / half)
            : "-";

    private static string PerDoubling(Summary summary, BenchmarkCase benchmarkCase)
    {
        var smallest = Siblings(summary, benchmarkCase).MinBy(other => Lines(other));
        if (Lines(benchmarkCase) is not { } lines || smallest is null || Lines(smallest) is not { } fewest || lines <= fewest
            || Median(summary, smallest) is not { } first || Median(summary, benchmarkCase) is not { } time)
        {
            return "-";
        }

        return Format(Math.Pow(time / first, 1 / Math.Log2((double)lines / fewest)));
    }

    private static double? Median(Summary summary, BenchmarkCase? benchmarkCase) =>
        benchmarkCase is null ? null : summary[benchmarkCase]?.ResultStatistics?.Median is > 0 and var median ? median : null;

    private static BenchmarkCase? Sibling(Summary summary, BenchmarkCase benchmarkCase, int lines) =>
        Siblings(summary, benchmarkCase).FirstOrDefault(other => Lines(other) == lines);

    /// <summary>The cases of the same benchmark that differ from <paramref name="benchmarkCase"/> by their lines alone.</summary>
    private static IEnumerable<BenchmarkCase> Siblings(Summary summary, BenchmarkCase benchmarkCase) =>
        summary.BenchmarksCases.Where(other => other.Descriptor == benchmarkCase.Descriptor && Lines(other) is not null && SameOtherParameters(other, benchmarkCase));

    private static int? Lines(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(parameter => parameter.Name == "Lines")?.Value as int?;

    private static bool SameOtherParameters(BenchmarkCase a, BenchmarkCase b) =>
        a.Parameters.Items.Where(parameter => parameter.Name != "Lines")
            .All(parameter => Equals(parameter.Value, b.Parameters[parameter.Name]));

    private static string Format(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture);

    public sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ComputedColumn(nameof(GrowthColumn), "t(2n)/t(n)",
                "Median time over the median time of the same benchmark at half the lines (linear: 2)", Growth));
            AddColumn(new ComputedColumn(nameof(PerDoubling), "per doubling",
                "Growth per doubling since the smallest size: (t(n)/t(smallest))^(1/log2(n/smallest)) on medians (linear: 2)", PerDoubling));
        }
    }
}
