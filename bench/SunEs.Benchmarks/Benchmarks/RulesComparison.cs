using BenchmarkDotNet.Attributes;
using SunEs.Benchmarks.HandWritten;
using SunEs.Benchmarks.Workloads;
using SunEs.Runtime;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// What the comparisons of ways to judge the 2023/28 rules share: the corpus rules (generated and
/// hand-written), the same rules in plain C#, and the candidacies of the workload — the typical one
/// alone, or the 48,000 of a campaign. Each comparison prepares its own baseline and checks that it
/// decides like the generated rules before anything is timed.
/// </summary>
public abstract class RulesComparison : IQuickSetup
{
    [Params(EvaluationWorkload.OneCandidacy, EvaluationWorkload.Campaign)]
    public string Workload { get; set; } = EvaluationWorkload.OneCandidacy;

    protected CorpusRules Rules { get; private set; } = null!;

    protected PlainRules Plain { get; private set; } = null!;

    protected Candidacy[] Candidacies { get; private set; } = [];

    [GlobalSetup]
    public void Setup() => Setup(BatchBenchmarks.Hospitals);

    public void QuickSetup() => Setup(hospitals: 10);

    /// <summary>Prepares the comparison's own baseline and checks it against the generated rules.</summary>
    protected abstract void PrepareAndCheck();

    private void Setup(int hospitals)
    {
        Rules = CorpusRules.Shared;
        Plain = new PlainRules(Rules.Generated.Schema);
        Candidacies = EvaluationWorkload.Candidacies(Workload, Rules.Generated.Schema, hospitals);
        PrepareAndCheck();
    }
}
