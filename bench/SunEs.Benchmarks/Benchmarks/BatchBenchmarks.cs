using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using SunEs.Benchmarks.Workloads;
using SunEs.Runtime;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// Batches on one thread: the 48,000 candidacies of a campaign (3,000 hospitals × 4 windows ×
/// 4 domains) and 1,000,000 evaluations of synthetic candidacies (a pool of 100,000 asking for
/// one to four domains, judged ten times). Returns the total funded so no work is skipped. The
/// compiled rules and the candidacies of a batch are built once per process and shared by the
/// three ways of judging it: their setup (a Roslyn emit, 100,000 candidacies) is not measured,
/// and repeating it for every case made most of a short run. The rules stay loaded until the
/// process ends.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[ShortRun(iterations: 1, warmups: 0)]
public class BatchBenchmarks : IQuickSetup
{
    public const int Hospitals = 3_000;
    public const int SyntheticPool = 100_000;

    private static readonly ConcurrentDictionary<(string Batch, int Hospitals, int SyntheticPool), Lazy<Workload>> Workloads = new();

    private CorpusRules _rules = null!;
    private Candidacy[] _shared = [];
    private Candidacy[] _forInterpreter = [];

    [Params("48k campaign", "1M synthetic")]
    public string Batch { get; set; } = "48k campaign";

    /// <summary>Evaluations per operation: the batch size.</summary>
    public int Evaluations { get; private set; }

    [GlobalSetup]
    public void Setup() => Setup(Hospitals, SyntheticPool, 1_000_000);

    public void QuickSetup() => Setup(hospitals: 10, syntheticPool: 100, syntheticEvaluations: 1_000);

    private void Setup(int hospitals, int syntheticPool, int syntheticEvaluations)
    {
        var campaign = Batch.StartsWith("48k", StringComparison.Ordinal);
        Evaluations = campaign ? hospitals * 16 : syntheticEvaluations;
        var workload = Workloads.GetOrAdd((Batch, hospitals, syntheticPool), key => new Lazy<Workload>(() => Workload.Create(campaign, key.Hospitals, key.SyntheticPool))).Value;
        (_rules, _shared, _forInterpreter) = (workload.Rules, workload.Shared, workload.ForInterpreter);
    }

    [Benchmark(Baseline = true, Description = "hand-written")]
    public decimal HandWritten() => Run(_rules.HandWritten, _shared);

    [Benchmark(Description = "generated")]
    public decimal Generated() => Run(_rules.Generated, _shared);

    [Benchmark(Description = "interpreter")]
    public decimal Interpreted() => Run(_rules.Interpreted, _forInterpreter);

    private decimal Run(IProgrammeRules rules, Candidacy[] candidacies)
    {
        var total = 0m;
        for (var index = 0; index < Evaluations; index++)
        {
            total += rules.Evaluate(candidacies[index % candidacies.Length], Candidacies.AsOf).Total;
        }

        return total;
    }

    private sealed record Workload(CorpusRules Rules, Candidacy[] Shared, Candidacy[] ForInterpreter)
    {
        public static Workload Create(bool campaign, int hospitals, int syntheticPool)
        {
            var rules = new CorpusRules();
            return campaign
                ? new Workload(rules, Candidacies.Campaign(rules.Generated.Schema, hospitals), Candidacies.Campaign(rules.Interpreted.Schema, hospitals))
                : new Workload(rules, Candidacies.Synthetic(rules.Generated.Schema, syntheticPool), Candidacies.Synthetic(rules.Interpreted.Schema, syntheticPool));
        }
    }
}
