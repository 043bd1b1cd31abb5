using System.Text;

namespace SunEs.Runtime;

/// <summary>Writes the short explanation of a decision, in French and in English, from its parts.</summary>
internal static class ExplanationWriter
{
    public static BilingualText Explain(Decision decision) => new(Write(decision, english: false), Write(decision, english: true));

    private static string Write(Decision decision, bool english)
    {
        var text = new StringBuilder();
        text.Append(english
            ? $"Candidacy of establishment {decision.Establishment} in {decision.WindowId}, rules in force on {Formats.Date(decision.AsOf)} (since {Formats.Date(decision.Epoch.StartsOn)}, {decision.Epoch.InstructionNumbers.LastOrDefault() ?? "?"}): "
            : $"Candidature de l'établissement {decision.Establishment} en {decision.WindowId}, règles en vigueur au {Formats.Date(decision.AsOf)} (depuis le {Formats.Date(decision.Epoch.StartsOn)}, {decision.Epoch.InstructionNumbers.LastOrDefault() ?? "?"}) : ");
        if (!decision.IsAdmissible)
        {
            text.Append(english ? "inadmissible — " : "irrecevable — ");
            text.AppendJoin("; ", decision.AdmissibilityIssues.Select(issue => Issue(issue, english)));
            text.Append('.');
            return text.ToString();
        }

        text.Append(english ? "admissible." : "recevable.");
        foreach (var domain in decision.Domains)
        {
            text.Append(' ').Append(Domain(domain, english));
        }

        text.Append(english ? $" Total {Formats.Euros(decision.Total, true)}." : $" Total {Formats.Euros(decision.Total, false)}.");
        return text.ToString();
    }

    private static string Issue(AdmissibilityIssue issue, bool english) => (issue.Kind, english) switch
    {
        (AdmissibilityIssueKind.WindowNotInVolet, false) => $"la fenêtre {issue.SubjectId} n'est pas une fenêtre du volet {issue.VoletId}",
        (AdmissibilityIssueKind.WindowNotInVolet, true) => $"window {issue.SubjectId} is not a window of volet {issue.VoletId}",
        (_, false) => $"prérequis {issue.SubjectId} non atteint (volet {issue.VoletId})",
        _ => $"prerequisite {issue.SubjectId} not met (volet {issue.VoletId})",
    };

    private static string Domain(DomainDecision domain, bool english)
    {
        switch (domain.Status)
        {
            case DomainStatus.Ineligible:
                return english
                    ? $"{domain.DomainId} ineligible ({domain.EligibilityRule?.Excerpt ?? "eligibility condition false"})."
                    : $"{domain.DomainId} inéligible ({domain.EligibilityRule?.Excerpt ?? "condition d'éligibilité fausse"}).";
            case DomainStatus.TargetsMissed:
                var missed = domain.Indicators.Where(outcome => !outcome.IsBonus && outcome.Status == IndicatorStatus.Missed).Select(outcome => Missed(outcome, english));
                return (english ? $"{domain.DomainId} not funded: " : $"{domain.DomainId} non financé : ") + string.Join(", ", missed) + ".";
            case DomainStatus.Funded when domain.Amount is { } amount:
                var parts = new StringBuilder();
                parts.Append(english ? $"{domain.DomainId} funded {Formats.Euros(amount.Total, true)}: forfait " : $"{domain.DomainId} financé {Formats.Euros(amount.Total, false)} : forfait ");
                parts.Append($"{Formats.Euros(amount.BaseForfait, english)} × {Formats.Points(amount.Degressivity.Points, english)} = {Formats.Euros(amount.DegressedForfait, english)}");
                foreach (var bonus in amount.Bonuses)
                {
                    parts.Append($" + bonus {bonus.IndicatorId} {Formats.Euros(bonus.Amount, english)}");
                }

                return parts.Append('.').ToString();
            default:
                return english ? $"{domain.DomainId} not examined." : $"{domain.DomainId} non examiné.";
        }
    }

    private static string Missed(IndicatorOutcome outcome, bool english)
    {
        var threshold = outcome.Threshold!;
        var measured = outcome.Measured is { IsRate: true } rate ? Formats.Points(rate.Points, english) : outcome.Measured is { } answer ? (answer.YesNo ? (english ? "yes" : "oui") : (english ? "no" : "non")) : "?";
        var comparison = threshold.Kind == ThresholdKind.Rate ? "<" : "≠";
        return english
            ? $"{outcome.IndicatorId} {measured} {comparison} target {threshold.Describe(true)} ({threshold.Provenance.InstructionNumber}, line {threshold.Provenance.Line})"
            : $"{outcome.IndicatorId} {measured} {comparison} cible {threshold.Describe(false)} ({threshold.Provenance.InstructionNumber}, ligne {threshold.Provenance.Line})";
    }
}
