using BenchmarkDotNet.Attributes;
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
public class LeanEvaluationBenchmarks : RulesComparison
{
    protected override void PrepareAndCheck() =>
        SameDecisions.Check(Rules.Generated, Candidacies, index => Plain.Evaluate(Candidacies[index]), "plain C#");

    [Benchmark(Baseline = true, Description = "plain C# (no contract)")]
    public decimal PlainCSharp() => EvaluationWorkload.Total(Plain.Evaluate, Candidacies);

    [Benchmark(Description = "generated, lean")]
    public decimal GeneratedLean() => EvaluationWorkload.Total(Rules.Generated, Candidacies, DecisionDetail.Lean);

    [Benchmark(Description = "generated, full")]
    public decimal GeneratedFull() => EvaluationWorkload.Total(Rules.Generated, Candidacies, DecisionDetail.Full);

    [Benchmark(Description = "hand-written, full")]
    public decimal HandWrittenFull() => EvaluationWorkload.Total(Rules.HandWritten, Candidacies, DecisionDetail.Full);
}
