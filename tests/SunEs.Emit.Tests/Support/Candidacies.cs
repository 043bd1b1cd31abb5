using SunEs.Runtime;

namespace SunEs.Emit.Tests.Support;

/// <summary>Candidacies of the tests: a hospital ("CH") with every prerequisite met, and the D1 data of the examples.</summary>
internal static class Candidacies
{
    public const string Establishment = "750000010";

    public static CandidacyBuilder Hospital(IProgrammeRules rules, string window) =>
        rules.Schema.NewCandidacy(Establishment, window).AllPrerequisitesMet();

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
