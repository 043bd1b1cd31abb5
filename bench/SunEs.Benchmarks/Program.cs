using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using SunEs.Benchmarks;

// "--quick": every benchmark body once, no timing (CI). Otherwise BenchmarkDotNet, with
// BenchmarkDotNet's own arguments ("--filter '*Batch*'", "--list flat"…).
if (args.Contains("--quick"))
{
    var ran = QuickRun.BenchmarkTypes.Sum(type => QuickRun.Run(type, Console.Out));
    Console.WriteLine($"{ran} benchmark bodies ran once.");
    return 0;
}

var config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.P50, StatisticColumn.P95)
    .WithOptions(ConfigOptions.DisableLogFile)
    .WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args, config);
return 0;
