using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SunEs.Benchmarks;

// "--generate LINES [--tests] FILE": writes the generated instruction the front-end benchmarks
// measure, to time the command-line tool on it by hand (docs/benchmarks.md).
if (args is ["--generate", var lines, .. var rest] && int.TryParse(lines, out var count) && rest.Length > 0)
{
    File.WriteAllText(rest[^1], SunEs.Benchmarks.Workloads.SyntheticInstruction.Generate(count, tests: rest.Contains("--tests")));
    return 0;
}

// "--quick": every benchmark body once, no timing (CI). Otherwise BenchmarkDotNet, with
// BenchmarkDotNet's own arguments ("--filter '*Batch*'", "--list flat"…).
if (args.Contains("--quick"))
{
    var ran = QuickRun.BenchmarkTypes.Sum(type => QuickRun.Run(type, Console.Out));
    Console.WriteLine($"{ran} benchmark bodies ran once.");
    return 0;
}

// In process: BenchmarkDotNet's usual rebuild of the project graph in its own folders breaks the
// ANTLR generation step of SunEs.Syntax, and the code measured is the same either way.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator())
    .AddColumn(StatisticColumn.P50, StatisticColumn.P95)
    .WithOptions(ConfigOptions.DisableLogFile)
    .WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args, config);
return 0;
