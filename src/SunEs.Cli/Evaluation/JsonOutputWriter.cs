using System.Globalization;
using System.Text.Json;
using SunEs.Cli.Diagnostics;
using SunEs.Diagnostics;
using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// The decisions in full, for programs: admissibility and its reasons, each domain with its
/// indicators (measure, threshold, and the instruction and line the threshold comes from), the
/// amount breakdown; then the rows that were refused, with their line and reason.
/// </summary>
internal static class JsonOutputWriter
{
    public static void Write(IReadOnlyList<RowOutcome> outcomes, DateOnly asOf, TextWriter output, MessageLanguage language)
    {
        var english = language == MessageLanguage.English;
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("asOf", Date(asOf));
            writer.WriteNumber("evaluated", outcomes.Count(outcome => outcome.Decision is not null));
            writer.WriteNumber("refused", outcomes.Count(outcome => outcome.Error is not null));
            writer.WriteStartArray("decisions");
            foreach (var outcome in outcomes.Where(outcome => outcome.Decision is not null))
            {
                WriteDecision(writer, outcome.Line, outcome.Decision!, language);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("errors");
            foreach (var error in outcomes.Select(outcome => outcome.Error).OfType<RowError>())
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", error.Line);
                WriteOptional(writer, "establishment", error.Establishment);
                writer.WriteString("message", error.In(english));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteDecision(Utf8JsonWriter writer, int line, Decision decision, MessageLanguage language)
    {
        var english = language == MessageLanguage.English;
        writer.WriteStartObject();
        writer.WriteNumber("line", line);
        writer.WriteString("establishment", decision.Establishment);
        writer.WriteString("window", decision.WindowId);
        writer.WriteString("rulesSince", Date(decision.Epoch.StartsOn));
        writer.WriteStartArray("instructions");
        foreach (var instruction in decision.Epoch.InstructionNumbers)
        {
            writer.WriteStringValue(instruction);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("admissible", decision.IsAdmissible);
        writer.WriteString("admissibility", Camel(decision.Admissibility.ToString()));
        WriteFacts(writer, decision);
        writer.WriteStartArray("volets");
        foreach (var volet in decision.Volets)
        {
            writer.WriteStartObject();
            writer.WriteString("id", volet.VoletId);
            writer.WriteBoolean("admissible", volet.IsAdmissible);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("admissibilityIssues");
        foreach (var issue in decision.AdmissibilityIssues)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Camel(issue.Kind.ToString()));
            WriteOptional(writer, "volet", issue.VoletId);
            writer.WriteString("subject", issue.SubjectId);
            writer.WriteString("reason", decision.Describe(issue, english));
            WriteSource(writer, "rule", issue.Rule);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (decision.Schedule is { } schedule)
        {
            writer.WriteStartObject("schedule");
            writer.WriteBoolean("postponed", schedule.IsPostponed);
            writer.WriteString("measuredBy", schedule.MeasuredBy.Id);
            WriteOptional(writer, "milestone", schedule.Milestone is { } milestone ? Date(milestone) : null);
            writer.WriteString("targetsOf", schedule.TargetsWindowId);
            writer.WriteString("degressivityOf", schedule.DegressivityWindowId);
            WriteSource(writer, "postponementRule", schedule.Postponement);
            writer.WriteEndObject();
        }

        if (decision.Timeliness is { } timeliness)
        {
            writer.WriteStartObject("timeliness");
            writer.WriteString("kind", Camel(timeliness.Kind.ToString()));
            WriteSource(writer, "rule", timeliness.Rule);
            WriteSource(writer, "date", timeliness.DateRule);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("domains");
        foreach (var domain in decision.Domains)
        {
            WriteDomain(writer, domain, language);
        }

        writer.WriteEndArray();
        writer.WriteString("total", DecisionTexts.Invariant(decision.Total));
        writer.WriteString("explanation", decision.Explanation.In(english));
        writer.WriteEndObject();
    }

    private static void WriteDomain(Utf8JsonWriter writer, DomainDecision domain, MessageLanguage language)
    {
        writer.WriteStartObject();
        writer.WriteString("id", domain.DomainId);
        writer.WriteString("volet", domain.VoletId);
        writer.WriteString("status", DecisionTexts.Status(domain.Status, language));
        writer.WriteString("amount", DecisionTexts.Invariant(domain.FundedAmount));
        WriteSource(writer, "eligibilityRule", domain.EligibilityRule);
        writer.WriteStartArray("indicators");
        foreach (var indicator in domain.Indicators)
        {
            writer.WriteStartObject();
            writer.WriteString("id", indicator.IndicatorId);
            writer.WriteBoolean("bonus", indicator.IsBonus);
            writer.WriteString("status", DecisionTexts.Status(indicator.Status, language));
            WriteOptional(writer, "measured", indicator.Measured?.ToString());
            if (indicator.Threshold is { } threshold)
            {
                writer.WriteString("threshold", threshold.Describe(language == MessageLanguage.English));
                WriteSource(writer, "thresholdSource", threshold.Provenance);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (domain.Amount is { } amount)
        {
            writer.WriteStartObject("breakdown");
            writer.WriteString("forfait", DecisionTexts.Invariant(amount.BaseForfait));
            WriteSource(writer, "forfaitRule", amount.ForfaitRule);
            writer.WriteNumber("degressivityPoints", amount.Degressivity.Points);
            WriteSource(writer, "degressivitySource", amount.Degressivity.Provenance);
            writer.WriteString("degressedForfait", DecisionTexts.Invariant(amount.DegressedForfait));
            writer.WriteStartArray("bonuses");
            foreach (var bonus in amount.Bonuses)
            {
                writer.WriteStartObject();
                writer.WriteString("indicator", bonus.IndicatorId);
                writer.WriteString("amount", DecisionTexts.Invariant(bonus.Amount));
                WriteSource(writer, "rule", bonus.Rule);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("total", DecisionTexts.Invariant(amount.Total));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteFacts(Utf8JsonWriter writer, Decision decision)
    {
        var facts = decision.Facts;
        WriteOptional(writer, "filedOn", facts.FiledOn is { } filed ? Date(filed) : null);
        WriteOptional(writer, "resultsOn", facts.ResultsOn is { } results ? Date(results) : null);
        WriteOptional(writer, "measuredFrom", facts.MeasuredFrom is { } from ? Date(from) : null);
        WriteOptional(writer, "measuredTo", facts.MeasuredTo is { } to ? Date(to) : null);
        WriteOptional(writer, "territory", facts.Territory);
        writer.WriteBoolean("postponementRequested", decision.PostponementRequested);
    }

    private static void WriteSource(Utf8JsonWriter writer, string name, Provenance? provenance)
    {
        if (provenance is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("instruction", provenance.InstructionNumber);
        writer.WriteString("file", provenance.SourcePath);
        writer.WriteNumber("line", provenance.Line);
        writer.WriteString("text", provenance.Excerpt);
        if (provenance.Assumption is { } assumption)
        {
            writer.WriteString(assumption.IsInference ? "inferred" : "assumed", assumption.Reason);
        }

        writer.WriteEndObject();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
