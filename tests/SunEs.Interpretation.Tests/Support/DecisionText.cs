using System.Globalization;
using System.Text;
using SunEs.Runtime;

namespace SunEs.Interpretation.Tests.Support;

/// <summary>
/// Every field of a decision (or of programme metadata), provenance chains included, one per
/// line: two results are identical exactly when their texts are, and a difference reads as a diff.
/// Decimals keep their scale, so amounts agree to the cent and beyond.
/// </summary>
internal static class DecisionText
{
    public static string Of(Decision decision)
    {
        var text = new StringBuilder();
        Line(text, "decision", decision.Establishment, decision.WindowId, Date(decision.AsOf), decision.Admissibility, Number(decision.Total), decision.PostponementRequested);
        Line(text, "  facts", Date(decision.Facts.FiledOn), Date(decision.Facts.ResultsOn), Date(decision.Facts.MeasuredFrom), Date(decision.Facts.MeasuredTo), decision.Facts.Territory);
        Epoch(text, decision.Epoch);
        foreach (var volet in decision.Volets)
        {
            Line(text, "  volet", volet.VoletId, volet.Label, volet.IsAdmissible, volet.Issues.Count);
        }

        foreach (var issue in decision.AdmissibilityIssues)
        {
            Line(text, "  issue", issue.Kind, issue.VoletId, issue.SubjectId, issue.SubjectLabel, Provenance(issue.Rule));
        }

        if (decision.Schedule is { } schedule)
        {
            Line(text, "  schedule", schedule.WindowId, Window(schedule.MeasuredBy), schedule.TargetsWindowSlot, schedule.TargetsWindowId,
                schedule.DegressivityWindowSlot, schedule.DegressivityWindowId, Provenance(schedule.Postponement));
        }

        if (decision.Timeliness is { } timeliness)
        {
            Line(text, "  timeliness", timeliness.Kind, Provenance(timeliness.Rule), Provenance(timeliness.DateRule));
        }

        foreach (var domain in decision.Domains)
        {
            Line(text, "  domain", domain.DomainId, domain.Label, domain.VoletId, domain.Status, Provenance(domain.EligibilityRule), Number(domain.FundedAmount));
            foreach (var outcome in domain.Indicators)
            {
                Line(text, "    indicator", outcome.IndicatorId, outcome.Label, outcome.IsBonus, outcome.Status, Measured(outcome.Measured), Provenance(outcome.ApplicabilityRule));
                if (outcome.Threshold is { } threshold)
                {
                    Line(text, "      threshold", threshold.Kind, Number(threshold.Points), Provenance(threshold.Provenance));
                }
            }

            if (domain.Amount is { } amount)
            {
                Line(text, "    amount", Number(amount.BaseForfait), Provenance(amount.ForfaitRule), Number(amount.DegressedForfait), Number(amount.Unrounded), Number(amount.Total));
                Line(text, "      degressivity", amount.Degressivity?.WindowId, Number(amount.Degressivity?.Points), Provenance(amount.Degressivity?.Provenance));
                Line(text, "      rounding", amount.Rounding.Unit, amount.Rounding.Mode, Provenance(amount.Rounding.Provenance));
                foreach (var bonus in amount.Bonuses)
                {
                    Line(text, "      bonus", bonus.IndicatorId, Number(bonus.Amount), Provenance(bonus.Rule));
                }
            }
        }

        Line(text, "  milestone", Window(decision.MilestoneWindow));
        Line(text, "  fr", decision.Explanation.French);
        Line(text, "  en", decision.Explanation.English);
        return text.ToString();
    }

    public static string Of(ProgrammeInfo programme, CandidacySchema schema)
    {
        var text = new StringBuilder();
        Line(text, "programme", programme.Id, programme.Label);
        foreach (var instruction in programme.Instructions)
        {
            Line(text, "  instruction", instruction.Number, instruction.Title, instruction.Nor, Date(instruction.SignedOn), Date(instruction.AppliesFrom),
                string.Join(" & ", instruction.Issuers), string.Join(" & ", instruction.Amends), instruction.SourcePath, instruction.SourceSha256);
        }

        foreach (var epoch in programme.Epochs)
        {
            Epoch(text, epoch);
        }

        Line(text, "schema windows", string.Join(", ", schema.Windows.Select(field => $"{field.Slot}:{field.Id}:{field.Label}")));
        Line(text, "schema domains", string.Join(", ", schema.Domains.Select(field => $"{field.Slot}:{field.Id}:{field.Label}:{field.VoletId}")));
        Line(text, "schema prerequisites", string.Join(", ", schema.Prerequisites.Select(field => $"{field.Slot}:{field.Id}:{field.Label}")));
        Line(text, "schema data", string.Join(", ", schema.Data.Select(field => $"{field.Slot}:{field.Id}:{field.Kind}:{field.Label}")));
        Line(text, "schema indicators", string.Join(", ", schema.Indicators.Select(field => $"{field.Slot}:{field.Id}:{field.Label}")));
        Line(text, "schema territories", string.Join(", ", schema.Territories.Select(field => $"{field.Name}:{field.IsOverseas}:{string.Join("/", field.Aliases)}")));
        return text.ToString();
    }

    private static void Epoch(StringBuilder text, EpochInfo epoch)
    {
        Line(text, "  epoch", Date(epoch.StartsOn), string.Join(" & ", epoch.InstructionNumbers), string.Join(" & ", epoch.DomainIds),
            string.Join(" ", epoch.WindowSlots), string.Join(" ", epoch.DomainSlots), epoch.Rounding.Unit, epoch.Rounding.Mode, Provenance(epoch.Rounding.Provenance));
        Line(text, "    territory", epoch.Territory?.Kind, string.Join(" & ", epoch.Territory?.Territories ?? []), Provenance(epoch.Territory?.Rule));
        foreach (var rule in epoch.CalendarRules)
        {
            Line(text, "    calendar", rule.Kind, Provenance(rule.Rule));
        }

        foreach (var window in epoch.Windows)
        {
            Line(text, "    window", Window(window));
        }
    }

    private static string Window(WindowInfo? window) => window is null ? "-" : string.Join(" | ",
        window.Id, window.Label, Date(window.CandidacyStart), Date(window.CandidacyEnd), Provenance(window.CandidacyProvenance), window.MeasurementLabel,
        Date(window.MeasurementStart), Date(window.MeasurementEnd), Provenance(window.MeasurementProvenance), Date(window.Milestone),
        Provenance(window.MilestoneProvenance), window.PostponementWindowId, window.PostponementTargetsOf, window.PostponementDegressivityOf,
        Provenance(window.PostponementProvenance));

    private static string Provenance(Provenance? provenance) => provenance is null ? "-"
        : $"{provenance.InstructionNumber}@{provenance.SourcePath}:{provenance.Line}:{provenance.Column}«{provenance.Excerpt}»"
            + (provenance.Assumption is { } assumption ? $" [{assumption.Describe(false)}]" : string.Empty)
            + (provenance.Replaced is null ? string.Empty : " replacing " + Provenance(provenance.Replaced));

    private static string Measured(MeasuredValue? measured) => measured is not { } value ? "-"
        : $"{value.Kind} {Number(value.Numerator)}/{Number(value.Denominator)} {Number(value.Points)} {value.YesNo}";

    private static string Number(decimal? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static void Line(StringBuilder text, string head, params object?[] fields) =>
        text.Append(head).Append(": ").AppendJoin(" | ", fields.Select(field => field?.ToString() ?? "-")).Append('\n');
}
