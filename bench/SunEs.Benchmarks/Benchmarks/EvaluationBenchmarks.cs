using BenchmarkDotNet.Attributes;
using SunEs.Benchmarks.Workloads;
using SunEs.Runtime;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>One candidacy (D1 in F2, every target met, both bonuses): generated vs hand-written vs interpreted, as ratios to hand-written.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
[ShortRun(iterations: 5)]
public class EvaluationBenchmarks
{
    private CorpusRules _rules = null!;
    private Candidacy _shared = null!;
    private Candidacy _forInterpreter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = CorpusRules.Shared;
        _shared = Candidacies.Typical(_rules.Generated.Schema);
        _forInterpreter = Candidacies.Typical(_rules.Interpreted.Schema);
    }

    [Benchmark(Baseline = true, Description = "hand-written")]
    public Decision HandWritten() => _rules.HandWritten.Evaluate(_shared, Candidacies.AsOf);

    [Benchmark(Description = "generated")]
    public Decision Generated() => _rules.Generated.Evaluate(_shared, Candidacies.AsOf);

    [Benchmark(Description = "interpreter")]
    public Decision Interpreted() => _rules.Interpreted.Evaluate(_forInterpreter, Candidacies.AsOf);
}
