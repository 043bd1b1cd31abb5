using BenchmarkDotNet.Attributes;
using SunEs.Benchmarks.Workloads;
using SunEs.Runtime;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// Batches on one thread: the 48,000 candidacies of a campaign (3,000 hospitals × 4 windows ×
/// 4 domains) and 1,000,000 evaluations of synthetic candidacies (a pool of 100,000 asking for
/// one to four domains, judged ten times). Returns the total funded so no work is skipped. The
/// three ways of judging a batch run one after the other and share its setup (a Roslyn emit,
/// the candidacies), which the last of them releases: nothing of a batch outlives its cases, so
/// the forced collections of later benchmarks do not scan it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[ShortRun(iterations: 1, warmups: 0)]
public class BatchBenchmarks : IQuickSetup, IDisposable
{
    public const int Hospitals = 3_000;
    public const int SyntheticPool = 100_000;

    /// <summary>The setup of the batch being run, shared by its three cases; null between batches.</summary>
    private static Workload? s_current;

    private CorpusRules _rules = null!;
    private Candidacy[] _shared = [];
    private Candidacy[] _forInterpreter = [];

    [ParamsSource(nameof(Batches))]
    public string Batch { get; set; } = "48k campaign";

    /// <summary>
    /// A short run judges the campaign only: the million synthetic rows give the same ratios for
    /// a minute more (the streaming benchmark times a million rows end to end).
    /// </summary>
    public static IEnumerable<string> Batches => ShortRunAttribute.IsActive ? ["48k campaign"] : ["48k campaign", "1M synthetic"];

    /// <summary>Evaluations per operation: the batch size.</summary>
    public int Evaluations { get; private set; }

    [GlobalSetup]
    public void Setup() => Setup(Hospitals, SyntheticPool, 1_000_000);

    public void QuickSetup() => Setup(hospitals: 10, syntheticPool: 100, syntheticEvaluations: 1_000);

    private void Setup(int hospitals, int syntheticPool, int syntheticEvaluations)
    {
        var campaign = Batch.StartsWith("48k", StringComparison.Ordinal);
        Evaluations = campaign ? hospitals * 16 : syntheticEvaluations;
        var key = (Batch, hospitals, syntheticPool);
        if (s_current is not { } workload || workload.Key != key)
        {
            s_current = workload = Workload.Create(key, campaign);
        }

        (_rules, _shared, _forInterpreter) = (workload.Rules, workload.Shared, workload.ForInterpreter);
    }

    [Benchmark(Baseline = true, Description = "hand-written")]
    public decimal HandWritten() => Run(_rules.HandWritten, _shared);

    [Benchmark(Description = "generated")]
    public decimal Generated() => Run(_rules.Generated, _shared);

    [Benchmark(Description = "interpreter")]
    public decimal Interpreted() => Run(_rules.Interpreted, _forInterpreter);

    /// <summary>After the interpreter, the last of a batch's cases: the batch's setup is released.</summary>
    [GlobalCleanup(Target = nameof(Interpreted))]
    public void Dispose()
    {
        s_current = null;
        GC.SuppressFinalize(this);
    }

    private decimal Run(IProgrammeRules rules, Candidacy[] candidacies)
    {
        var total = 0m;
        for (var index = 0; index < Evaluations; index++)
        {
            total += rules.Evaluate(candidacies[index % candidacies.Length], Candidacies.AsOf).Total;
        }

        return total;
    }

    private sealed record Workload((string Batch, int Hospitals, int SyntheticPool) Key, CorpusRules Rules, Candidacy[] Shared, Candidacy[] ForInterpreter)
    {
        public static Workload Create((string Batch, int Hospitals, int SyntheticPool) key, bool campaign)
        {
            var rules = CorpusRules.Shared;
            return campaign
                ? new Workload(key, rules, Candidacies.Campaign(rules.Generated.Schema, key.Hospitals), Candidacies.Campaign(rules.Interpreted.Schema, key.Hospitals))
                : new Workload(key, rules, Candidacies.Synthetic(rules.Generated.Schema, key.SyntheticPool), Candidacies.Synthetic(rules.Interpreted.Schema, key.SyntheticPool));
        }
    }
}
