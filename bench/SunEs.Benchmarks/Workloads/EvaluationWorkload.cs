using SunEs.Benchmarks.HandWritten;
using SunEs.Runtime;

namespace SunEs.Benchmarks.Workloads;

/// <summary>The candidacies of the evaluation comparisons, and the totals that keep every judgement of them from being skipped.</summary>
public static class EvaluationWorkload
{
    public const string OneCandidacy = "one candidacy";
    public const string Campaign = "48k campaign";

    /// <summary>The typical candidacy alone, or the campaign of <paramref name="hospitals"/> hospitals.</summary>
    public static Candidacy[] Candidacies(string workload, CandidacySchema schema, int hospitals) => workload == OneCandidacy
        ? [Workloads.Candidacies.Typical(schema)]
        : Workloads.Candidacies.Campaign(schema, hospitals);

    public static decimal Total(IProgrammeRules rules, Candidacy[] candidacies, DecisionDetail detail)
    {
        var total = 0m;
        foreach (var candidacy in candidacies)
        {
            total += rules.Evaluate(candidacy, Workloads.Candidacies.AsOf, detail).Total;
        }

        return total;
    }

    public static decimal Total<T>(Func<T, PlainDecision> judge, T[] inputs)
    {
        var total = 0m;
        foreach (var input in inputs)
        {
            total += judge(input).Total;
        }

        return total;
    }
}
