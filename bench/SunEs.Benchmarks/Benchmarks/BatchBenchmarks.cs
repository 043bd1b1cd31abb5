using BenchmarkDotNet.Attributes;
using SunEs.Benchmarks.Workloads;
using SunEs.Runtime;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// Batches on one thread: the 48,000 candidacies of a campaign (3,000 hospitals × 4 windows ×
/// 4 domains) and 1,000,000 evaluations of synthetic candidacies (a pool of 100,000 asking for
/// one to four domains, judged ten times). Returns the total funded so no work is skipped.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[ShortRun(iterations: 1, warmups: 0)]
public class BatchBenchmarks : IQuickSetup, IDisposable
{
    public const int Hospitals = 3_000;
    public const int SyntheticPool = 100_000;

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
        _rules = new CorpusRules();
        var campaign = Batch.StartsWith("48k", StringComparison.Ordinal);
        Evaluations = campaign ? hospitals * 16 : syntheticEvaluations;
        _shared = campaign ? Candidacies.Campaign(_rules.Generated.Schema, hospitals) : Candidacies.Synthetic(_rules.Generated.Schema, syntheticPool);
        _forInterpreter = campaign ? Candidacies.Campaign(_rules.Interpreted.Schema, hospitals) : Candidacies.Synthetic(_rules.Interpreted.Schema, syntheticPool);
    }

    [Benchmark(Baseline = true, Description = "hand-written")]
    public decimal HandWritten() => Run(_rules.HandWritten, _shared);

    [Benchmark(Description = "generated")]
    public decimal Generated() => Run(_rules.Generated, _shared);

    [Benchmark(Description = "interpreter")]
    public decimal Interpreted() => Run(_rules.Interpreted, _forInterpreter);

    [GlobalCleanup]
    public void Dispose()
    {
        _rules?.Dispose();
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
}
