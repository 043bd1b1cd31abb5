using SunEs.Runtime;

namespace SunEs.Emit.Tests.Support;

/// <summary>
/// Candidacies of the tests: a metropolitan hospital ("CH") with every prerequisite met, its oSIS
/// commitments made, filed on the first day of its window's candidacy period and transmitting its
/// results at the end of the window's measurement (as the latest texts set it); and the D1 data of the examples.
/// </summary>
internal static class Candidacies
{
    public const string Establishment = "750000010";

    public static CandidacyBuilder Hospital(IProgrammeRules rules, string window) => WithFacts(rules, window).AllPrerequisitesMet();

    /// <summary>The territory, dates and oSIS commitments of <see cref="Hospital"/>, saying nothing of prerequisites.</summary>
    public static CandidacyBuilder WithFacts(IProgrammeRules rules, string window)
    {
        var builder = rules.Schema.NewCandidacy(Establishment, window).InTerritory("France métropolitaine");
        if (rules.Programme.Epochs[^1].FindWindow(window) is { CandidacyStart: { } filed, MeasurementEnd: { } results })
        {
            builder.FiledOn(filed).ResultsTransmittedOn(results);
        }

        foreach (var commitment in new[] { "prérequis_saisis_osis", "engagement_cibles_osis" }.Where(id => rules.Schema.FindData(id) is not null))
        {
            builder.Set(commitment, true);
        }

        return builder;
    }

    /// <summary>D1 in <paramref name="window"/> with every non-bonus target of 2023/28 met: DS1.1 60 %, DS1.2 480 / 1 000.</summary>
    public static CandidacyBuilder DischargeDocuments(IProgrammeRules rules, string window = "F2", bool surgery = true) =>
        Hospital(rules, window)
            .RequestDomains("D1")
            .Set("forfait_d1", 100_000m)
            .Set("activité_chirurgie", surgery)
            .MeasureRate("DS1.1", 60m)
            .MeasureRatio("DS1.2", 480, 1_000);

    /// <summary>Every threshold a decision compared a measure with names an instruction in force, a line and the text written there.</summary>
    public static void AssertThresholdsSourced(Decision decision)
    {
        foreach (var outcome in decision.Domains.SelectMany(domain => domain.Indicators).Where(outcome => outcome.Threshold is not null))
        {
            var provenance = outcome.Threshold!.Provenance;
            Assert.Contains(provenance.InstructionNumber, decision.Epoch.InstructionNumbers);
            Assert.EndsWith(".sunes", provenance.SourcePath, StringComparison.Ordinal);
            Assert.True(provenance.Line > 0, $"{outcome.IndicatorId}: no line");
            Assert.False(string.IsNullOrWhiteSpace(provenance.Excerpt), $"{outcome.IndicatorId}: no excerpt");
        }
    }
}
