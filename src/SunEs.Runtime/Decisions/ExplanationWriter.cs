using System.Text;

namespace SunEs.Runtime;

/// <summary>
/// Writes the short explanation of a decision, in French and in English, from its parts: each
/// inadmissible volet and why, the calendar that decided, and each domain with the rule and the
/// text line behind every figure ("supposé : …" where a rule rests on an assumption).
/// </summary>
internal static class ExplanationWriter
{
    public static BilingualText Explain(Decision decision) => new(Write(decision, english: false), Write(decision, english: true));

    private static string Write(Decision decision, bool english)
    {
        var text = new StringBuilder();
        text.Append(english
            ? $"Candidacy of establishment {decision.Establishment} in {decision.WindowId}, rules in force on {Formats.Date(decision.AsOf)} (since {Formats.Date(decision.Epoch.StartsOn)}, {decision.Epoch.InstructionNumbers.LastOrDefault() ?? "?"}): "
            : $"Candidature de l'établissement {decision.Establishment} en {decision.WindowId}, règles en vigueur au {Formats.Date(decision.AsOf)} (depuis le {Formats.Date(decision.Epoch.StartsOn)}, {decision.Epoch.InstructionNumbers.LastOrDefault() ?? "?"}) : ");
        var candidacyIssues = decision.AdmissibilityIssues.Where(issue => issue.VoletId is null).ToList();
        if (decision.Admissibility == Admissibility.Inadmissible)
        {
            text.Append(english ? "inadmissible — " : "irrecevable — ");
            text.AppendJoin("; ", decision.AdmissibilityIssues.Select(issue => Issue(issue, decision, english)));
            return text.Append('.').ToString();
        }

        if (decision.Admissibility == Admissibility.PartlyAdmissible)
        {
            text.Append(english ? "partly admissible — " : "partiellement recevable — ");
            text.AppendJoin("; ", decision.Volets.Where(volet => !volet.IsAdmissible).Select(volet =>
                (english ? $"volet {volet.VoletId} inadmissible: " : $"volet {volet.VoletId} irrecevable : ")
                + string.Join(", ", volet.Issues.Select(issue => Issue(issue, decision, english)))));
            text.Append('.');
        }
        else
        {
            text.Append(english ? "admissible." : "recevable.");
        }

        if (decision.Schedule is { IsPostponed: true } schedule)
        {
            text.Append(' ').Append(Postponement(schedule, english));
        }

        foreach (var domain in decision.Domains)
        {
            text.Append(' ').Append(Domain(domain, decision, english));
        }

        text.Append(english ? $" Total {Formats.Euros(decision.Total, true)}." : $" Total {Formats.Euros(decision.Total, false)}.");
        return text.ToString();
    }

    internal static string Issue(AdmissibilityIssue issue, Decision decision, bool english) => (issue.Kind, english) switch
    {
        (AdmissibilityIssueKind.WindowNotInVolet, false) => $"la fenêtre {issue.SubjectId} n'est pas une fenêtre du volet {issue.VoletId}",
        (AdmissibilityIssueKind.WindowNotInVolet, true) => $"window {issue.SubjectId} is not a window of volet {issue.VoletId}",
        (AdmissibilityIssueKind.PrerequisiteNotMet, false) => $"prérequis {issue.SubjectId} non atteint (volet {issue.VoletId})",
        (AdmissibilityIssueKind.PrerequisiteNotMet, true) => $"prerequisite {issue.SubjectId} not met (volet {issue.VoletId})",
        (AdmissibilityIssueKind.OutsideTerritory, false) => $"établissement en {issue.SubjectId}, hors du champ territorial des règles{Cite(issue.Rule, false)}",
        (AdmissibilityIssueKind.OutsideTerritory, true) => $"establishment in {issue.SubjectId}, outside the territorial scope of the rules{Cite(issue.Rule, true)}",
        (AdmissibilityIssueKind.FiledOutsideCandidacyPeriod, _) => Filing(issue, decision, english),
        (AdmissibilityIssueKind.ConditionNotMet, false) => $"condition « {issue.SubjectId} » non remplie{Cite(issue.Rule, false)}",
        (AdmissibilityIssueKind.ConditionNotMet, true) => $"condition '{issue.SubjectId}' not met{Cite(issue.Rule, true)}",
        _ => issue.SubjectId,
    };

    private static string Filing(AdmissibilityIssue issue, Decision decision, bool english)
    {
        var window = decision.Epoch.FindWindow(issue.SubjectId);
        var filed = decision.Facts.FiledOn is { } date ? Formats.Date(date) : "?";
        var period = Formats.Period(window?.CandidacyStart, window?.CandidacyEnd, english);
        return english
            ? $"filed on {filed}, outside the candidacy period of {issue.SubjectId} {period}{Cite(issue.Rule, true)}"
            : $"déposée le {filed}, hors période de candidature de {issue.SubjectId} {period}{Cite(issue.Rule, false)}";
    }

    private static string Postponement(Schedule schedule, bool english) => english
        ? $"Postponed to {schedule.MeasuredBy.Id} (milestone {(schedule.Milestone is { } m ? Formats.LongDate(m, true) : "unknown")}), targets of {schedule.TargetsWindowId}, degressivity of {schedule.DegressivityWindowId}{Cite(schedule.Postponement, true)}."
        : $"Report vers {schedule.MeasuredBy.Id} (jalon {(schedule.Milestone is { } m2 ? Formats.LongDate(m2, false) : "inconnu")}), cibles de {schedule.TargetsWindowId}, dégressivité de {schedule.DegressivityWindowId}{Cite(schedule.Postponement, false)}.";

    private static string Domain(DomainDecision domain, Decision decision, bool english)
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
            case DomainStatus.Late or DomainStatus.MeasuredOutsidePeriod:
                return (english ? $"{domain.DomainId} not funded: " : $"{domain.DomainId} non financé : ") + Untimely(decision, english) + ".";
            case DomainStatus.Inadmissible:
                return english ? $"{domain.DomainId} inadmissible (volet {domain.VoletId})." : $"{domain.DomainId} irrecevable (volet {domain.VoletId}).";
            case DomainStatus.Funded when domain.Amount is { } amount:
                var parts = new StringBuilder();
                parts.Append(english ? $"{domain.DomainId} funded {Formats.Euros(amount.Total, true)}: forfait " : $"{domain.DomainId} financé {Formats.Euros(amount.Total, false)} : forfait ");
                parts.Append($"{Formats.Euros(amount.BaseForfait, english)} × {Formats.Points(amount.Degressivity.Points, english)} = {Formats.Euros(amount.DegressedForfait, english)}");
                foreach (var bonus in amount.Bonuses)
                {
                    parts.Append($" + bonus {bonus.IndicatorId} {Formats.Euros(bonus.Amount, english)}");
                }

                foreach (var outcome in domain.Indicators.Where(outcome => outcome.IsBonus && outcome.Status is IndicatorStatus.Missed or IndicatorStatus.NotMeasured))
                {
                    parts.Append(english ? "; no bonus " : " ; pas de bonus ").Append(outcome.IndicatorId).Append(english ? ": " : " : ");
                    parts.Append(outcome.Status == IndicatorStatus.NotMeasured
                        ? english ? "measure not given" : "mesure non fournie"
                        : Missed(outcome, english));
                }

                return parts.Append('.').ToString();
            default:
                return english ? $"{domain.DomainId} not examined." : $"{domain.DomainId} non examiné.";
        }
    }

    private static string Untimely(Decision decision, bool english)
    {
        var schedule = decision.Schedule;
        var window = schedule?.MeasuredBy;
        var reported = schedule is { IsPostponed: true } ? english ? " (postponement)" : " (report)" : string.Empty;
        return decision.Timeliness switch
        {
            { Kind: TimelinessIssueKind.ResultsAfterMilestone } issue => english
                ? $"results transmitted on {Date(decision.Facts.ResultsOn)}, after the milestone of {window?.Id}{reported} on {(window?.Milestone is { } m ? Formats.LongDate(m, true) : "?")}{Cite(issue.DateRule ?? issue.Rule, true)}"
                : $"résultats transmis le {Date(decision.Facts.ResultsOn)}, après le jalon de {window?.Id}{reported} du {(window?.Milestone is { } m2 ? Formats.LongDate(m2, false) : "?")}{Cite(issue.DateRule ?? issue.Rule, false)}",
            { } issue => english
                ? $"measures from {Date(decision.Facts.MeasuredFrom)} to {Date(decision.Facts.MeasuredTo)}, outside the measurement period of {window?.Id}{reported} {Formats.Period(window?.MeasurementStart, window?.MeasurementEnd, true)}{Cite(issue.DateRule ?? issue.Rule, true)}"
                : $"mesures du {Date(decision.Facts.MeasuredFrom)} au {Date(decision.Facts.MeasuredTo)}, hors de la période de mesure de {window?.Id}{reported} {Formats.Period(window?.MeasurementStart, window?.MeasurementEnd, false)}{Cite(issue.DateRule ?? issue.Rule, false)}",
            _ => "?",
        };
    }

    private static string Date(DateOnly? date) => date is { } value ? Formats.Date(value) : "?";

    private static string Cite(Provenance? rule, bool english) => rule is null ? string.Empty : $" ({rule.Cite(english)})";

    private static string Missed(IndicatorOutcome outcome, bool english)
    {
        var threshold = outcome.Threshold!;
        var measured = outcome.Measured is { IsRate: true } rate ? Formats.Points(rate.Points, english) : outcome.Measured is { } answer ? (answer.YesNo ? (english ? "yes" : "oui") : (english ? "no" : "non")) : "?";
        var comparison = threshold.Kind == ThresholdKind.Rate ? "<" : "≠";
        return english
            ? $"{outcome.IndicatorId} {measured} {comparison} target {threshold.Describe(true)} ({threshold.Provenance.Cite(true)})"
            : $"{outcome.IndicatorId} {measured} {comparison} cible {threshold.Describe(false)} ({threshold.Provenance.Cite(false)})";
    }
}
