using BenchmarkDotNet.Attributes;
using SunEs.Benchmarks.HandWritten;
using SunEs.Benchmarks.Workloads;
using SunEs.Runtime;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// What the decision contract costs: the 2023/28 rules in plain C# with no contract (the physical
/// limit, the baseline) against the generated assembly judging lean (statuses and amounts, the
/// builder reused) and in full (every part recorded), and the hand-written rules in full. One
/// candidacy (D1 in F2, every target met, both bonuses), and the 48,000 of a campaign.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class LeanEvaluationBenchmarks : IQuickSetup, IDisposable
{
    private CorpusRules _rules = null!;
    private PlainRules _plain = null!;
    private Candidacy[] _candidacies = [];

    [Params(EvaluationWorkload.OneCandidacy, EvaluationWorkload.Campaign)]
    public string Workload { get; set; } = EvaluationWorkload.OneCandidacy;

    [GlobalSetup]
    public void Setup() => Setup(BatchBenchmarks.Hospitals);

    public void QuickSetup() => Setup(hospitals: 10);

    private void Setup(int hospitals)
    {
        _rules = new CorpusRules();
        _plain = new PlainRules(_rules.Generated.Schema);
        _candidacies = EvaluationWorkload.Candidacies(Workload, _rules.Generated.Schema, hospitals);
        SameDecisions.Check(_rules.Generated, _candidacies, index => _plain.Evaluate(_candidacies[index]), "plain C#");
    }

    [Benchmark(Baseline = true, Description = "plain C# (no contract)")]
    public decimal Plain() => EvaluationWorkload.Total(_plain.Evaluate, _candidacies);

    [Benchmark(Description = "generated, lean")]
    public decimal GeneratedLean() => EvaluationWorkload.Total(_rules.Generated, _candidacies, DecisionDetail.Lean);

    [Benchmark(Description = "generated, full")]
    public decimal GeneratedFull() => EvaluationWorkload.Total(_rules.Generated, _candidacies, DecisionDetail.Full);

    [Benchmark(Description = "hand-written, full")]
    public decimal HandWrittenFull() => EvaluationWorkload.Total(_rules.HandWritten, _candidacies, DecisionDetail.Full);

    [GlobalCleanup]
    public void Dispose()
    {
        _rules?.Dispose();
        GC.SuppressFinalize(this);
    }
}
