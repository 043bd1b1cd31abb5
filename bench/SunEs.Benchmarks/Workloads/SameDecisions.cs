using SunEs.Benchmarks.HandWritten;
using SunEs.Runtime;

namespace SunEs.Benchmarks.Workloads;

/// <summary>
/// A baseline that decides otherwise measures nothing: before any timing, every candidacy of a
/// workload is judged by the generated rules and by the baseline, and admissibility, total and
/// each requested domain's status and amount must agree.
/// </summary>
public static class SameDecisions
{
    /// <summary>Throws, naming the first candidacy on which <paramref name="baseline"/> decides otherwise.</summary>
    public static void Check(IProgrammeRules generated, IReadOnlyList<Candidacy> candidacies, Func<int, PlainDecision> baseline, string name)
    {
        for (var index = 0; index < candidacies.Count; index++)
        {
            var expected = Describe(generated.Evaluate(candidacies[index], Candidacies.AsOf, DecisionDetail.Lean));
            var actual = Describe(baseline(index));
            if (expected != actual)
            {
                throw new InvalidOperationException($"{name} decides candidacy {index} ({candidacies[index].Establishment} in {candidacies[index].Window.Id}) otherwise: {actual} instead of {expected}.");
            }
        }
    }

    private static string Describe(Decision decision) =>
        $"{decision.Admissibility} {decision.Total} [{string.Join(", ", decision.Summaries.Select(domain => $"{domain.DomainId} {domain.Status} {domain.FundedAmount}"))}]";

    private static string Describe(PlainDecision decision) =>
        $"{decision.Admissibility} {decision.Total} [{string.Join(", ", new[] { ("D1", decision.D1), ("D2", decision.D2), ("D3", decision.D3), ("D4", decision.D4) }
            .Where(domain => domain.Item2.Requested).Select(domain => $"{domain.Item1} {domain.Item2.Status} {domain.Item2.Amount}"))}]";
}
