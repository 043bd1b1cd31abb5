using BenchmarkDotNet.Attributes;
using SunEs.Benchmarks.HandWritten;
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
public class PeerBenchmarks : IQuickSetup, IDisposable
{
    private CorpusRules _rules = null!;
    private PlainRules _plain = null!;
    private RulesEngineRules _rulesEngine = null!;
    private Candidacy[] _candidacies = [];
    private RulesEngineInput[] _inputs = [];

    [Params(EvaluationWorkload.OneCandidacy, EvaluationWorkload.Campaign)]
    public string Workload { get; set; } = EvaluationWorkload.OneCandidacy;

    [GlobalSetup]
    public void Setup() => Setup(BatchBenchmarks.Hospitals);

    public void QuickSetup() => Setup(hospitals: 10);

    private void Setup(int hospitals)
    {
        _rules = new CorpusRules();
        _plain = new PlainRules(_rules.Generated.Schema);
        _rulesEngine = new RulesEngineRules();
        _candidacies = EvaluationWorkload.Candidacies(Workload, _rules.Generated.Schema, hospitals);
        _inputs = [.. _candidacies.Select(RulesEngineInput.From)];
        SameDecisions.Check(_rules.Generated, _candidacies, index => _rulesEngine.Evaluate(_inputs[index]), "RulesEngine");
    }

    [Benchmark(Baseline = true, Description = "SunEs generated, full")]
    public decimal GeneratedFull() => EvaluationWorkload.Total(_rules.Generated, _candidacies, DecisionDetail.Full);

    [Benchmark(Description = "SunEs generated, lean")]
    public decimal GeneratedLean() => EvaluationWorkload.Total(_rules.Generated, _candidacies, DecisionDetail.Lean);

    [Benchmark(Description = "Microsoft RulesEngine 6.0.1")]
    public decimal RulesEngine() => EvaluationWorkload.Total(_rulesEngine.Evaluate, _inputs);

    [Benchmark(Description = "plain C# (no contract)")]
    public decimal Plain() => EvaluationWorkload.Total(_plain.Evaluate, _candidacies);

    [GlobalCleanup]
    public void Dispose()
    {
        _rules?.Dispose();
        GC.SuppressFinalize(this);
    }
}
