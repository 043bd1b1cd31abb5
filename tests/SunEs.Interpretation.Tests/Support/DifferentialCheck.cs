using SunEs.Runtime;

namespace SunEs.Interpretation.Tests.Support;

/// <summary>
/// Runs one described candidacy through two rules and says how their outcomes differ: the
/// decision in every field, or the error (its type, kind, subject, establishment and both
/// messages) — whether it arises while building the candidacy or while judging it.
/// </summary>
internal static class DifferentialCheck
{
    /// <summary>Null when both rules give the same outcome; otherwise the case and the first differing line of each.</summary>
    public static string? Difference(IProgrammeRules expected, IProgrammeRules actual, CandidacyCase @case)
    {
        var left = Outcome(expected, @case);
        var right = Outcome(actual, @case);
        if (left == right)
        {
            return null;
        }

        var leftLines = left.Split('\n');
        var rightLines = right.Split('\n');
        var index = 0;
        while (index < leftLines.Length && index < rightLines.Length && leftLines[index] == rightLines[index])
        {
            index++;
        }

        return $"{@case}\n  expected: {Line(leftLines, index)}\n  actual:   {Line(rightLines, index)}";
    }

    /// <summary>The decision as text, or the error as text: what the two rules must agree on.</summary>
    public static string Outcome(IProgrammeRules rules, CandidacyCase @case) =>
        Outcome(rules, @case, candidacy => DecisionText.Of(rules.Evaluate(candidacy, @case.AsOf)));

    /// <summary>
    /// What a judgement recording <paramref name="detail"/> says, read in the order a batch reads
    /// it: admissibility, total and domain summaries first (a lean decision's own values), then its
    /// explanation and every other field, or the error.
    /// </summary>
    public static string Outcome(IProgrammeRules rules, CandidacyCase @case, DecisionDetail detail) => Outcome(rules, @case, candidacy =>
    {
        var decision = rules.Evaluate(candidacy, @case.AsOf, detail);
        var summaries = string.Join(", ", decision.Summaries.Select(summary =>
            $"{summary.DomainId} {summary.Status} {summary.FundedAmount.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        return $"{decision.Admissibility} | {decision.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)} | {summaries}\n"
            + $"{decision.Explanation.French}\n{decision.Explanation.English}\n{DecisionText.Of(decision)}";
    });

    /// <summary>The candidacy built and judged as <paramref name="judge"/> writes it, or the error of either step as text.</summary>
    private static string Outcome(IProgrammeRules rules, CandidacyCase @case, Func<Candidacy, string> judge)
    {
        Candidacy candidacy;
        try
        {
            candidacy = @case.Build(rules.Schema);
        }
        catch (Exception error)
        {
            return "build failed: " + Error(error);
        }

        try
        {
            return judge(candidacy);
        }
        catch (Exception error)
        {
            return "evaluation failed: " + Error(error);
        }
    }

    private static string Error(Exception error) => error is EvaluationException evaluation
        ? $"{nameof(EvaluationException)} {evaluation.Kind} | {evaluation.Subject} | {evaluation.Establishment} | {evaluation.FrenchMessage} | {evaluation.EnglishMessage}"
        : $"{error.GetType().FullName} | {error.Message}";

    private static string Line(string[] lines, int index) => index < lines.Length ? lines[index] : "(nothing)";
}
