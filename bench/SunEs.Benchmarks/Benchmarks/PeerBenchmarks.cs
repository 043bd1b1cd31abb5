using BenchmarkDotNet.Attributes;
using SunEs.Benchmarks.Peers;
using SunEs.Benchmarks.Workloads;
using SunEs.Runtime;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// SunEs next to a rules engine its users might weigh it against: the same 2023/28 rules in
/// Microsoft RulesEngine 6.0.1, on the same candidacies (converted to its input objects before
/// timing), decisions checked equal on every candidacy first. The generated assembly (full and
/// lean) is the baseline; the plain C# rules give the floor.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class PeerBenchmarks : RulesComparison
{
    private RulesEngineRules _rulesEngine = null!;
    private RulesEngineInput[] _inputs = [];

    protected override void PrepareAndCheck()
    {
        _rulesEngine = new RulesEngineRules();
        _inputs = [.. Candidacies.Select(RulesEngineInput.From)];
        SameDecisions.Check(Rules.Generated, Candidacies, index => _rulesEngine.Evaluate(_inputs[index]), "RulesEngine");
    }

    [Benchmark(Baseline = true, Description = "SunEs generated, full")]
    public decimal GeneratedFull() => EvaluationWorkload.Total(Rules.Generated, Candidacies, DecisionDetail.Full);

    [Benchmark(Description = "SunEs generated, lean")]
    public decimal GeneratedLean() => EvaluationWorkload.Total(Rules.Generated, Candidacies, DecisionDetail.Lean);

    [Benchmark(Description = "Microsoft RulesEngine 6.0.1")]
    public decimal RulesEngine() => EvaluationWorkload.Total(_rulesEngine.Evaluate, _inputs);

    [Benchmark(Description = "plain C# (no contract)")]
    public decimal PlainCSharp() => EvaluationWorkload.Total(Plain.Evaluate, Candidacies);
}
