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
var inProcess = Job.Default.WithToolchain(InProcessEmitToolchain.Instance);
IConfig Config(Job mutator) => DefaultConfig.Instance
    .AddJob(mutator)
    .AddColumn(StatisticColumn.P50, StatisticColumn.P95)
    .WithOptions(ConfigOptions.DisableLogFile)
    .WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));

// "--short": every class with the fewer iterations of its [ShortRun], in a few minutes.
if (args.Contains("--short"))
{
    var options = args.Where(argument => argument != "--short").ToArray();
    ShortRunAttribute.IsActive = true;
    foreach (var type in QuickRun.BenchmarkTypes)
    {
        BenchmarkRunner.Run(type, Config(ShortRunAttribute.MutatorFor(type, inProcess)), options.Length > 0 ? options : ["--filter", "*"]);
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args, Config(inProcess.AsMutator()));
return 0;
