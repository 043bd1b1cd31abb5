using SunEs.Interpretation.Tests.Support;
using SunEs.Runtime;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Interpretation.Tests;

/// <summary>The interpreter on its own: a worked example of the corpus, and what it must refuse.</summary>
public sealed class InterpreterTests
{
    [Fact]
    public void All_targets_met_in_F2_funds_D1_at_90_percent_plus_the_CRO_bonus()
    {
        var rules = CorpusRules.Interpreted;
        var candidacy = rules.Schema.NewCandidacy("750000010", "F2").AllPrerequisitesMet().RequestDomains("D1")
            .InTerritory("métropole").FiledOn(new DateOnly(2022, 4, 30)).ResultsTransmittedOn(new DateOnly(2023, 3, 31))
            .Set("prérequis_saisis_osis", true).Set("engagement_cibles_osis", true)
            .Set("forfait_d1", 100_000m).Set("activité_chirurgie", true)
            .MeasureRate("DS1.1", 60m).MeasureRatio("DS1.2", 480, 1_000).MeasureRate("DS1.3", 61m).Build();

        var decision = rules.Evaluate(candidacy, new DateOnly(2023, 4, 1));

        var amount = decision.FindDomain("D1")!.Amount!;
        Assert.Equal((90_000m, 99_000m), (amount.DegressedForfait, amount.Total));
        Assert.Equal(("DS1.3", 9_000m), (amount.Bonuses[0].IndicatorId, amount.Bonuses[0].Amount));
        Assert.Equal("55 %", decision.FindIndicator("DS1.1")!.Threshold!.Provenance.Excerpt);
        Assert.Equal("59 %", decision.FindIndicator("DS1.1")!.Threshold!.Provenance.Replaced?.Excerpt);
        Assert.Contains("D1 financé 99", decision.Explanation.French, StringComparison.Ordinal);
    }

    [Fact]
    public void A_candidacy_built_with_another_schema_is_refused()
    {
        var candidacy = CorpusRules.Compiled.Schema.NewCandidacy("750000010", "F2").Build();

        var error = Assert.Throws<EvaluationException>(() => CorpusRules.Interpreted.Evaluate(candidacy, new DateOnly(2023, 4, 1)));

        Assert.Equal(EvaluationErrorKind.ForeignCandidacy, error.Kind);
    }

    [Fact]
    public void Texts_with_errors_are_refused_with_the_count_in_both_languages()
    {
        var broken = Compilation.Parse([new SourceText("broken.sunes", "instruction \"X\"\n    signée le 32 mars 2023\n")]);

        var error = Assert.Throws<InvalidOperationException>(() => InterpretedProgrammeRules.Create(broken));

        Assert.Contains("erreur(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("error(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_programme_is_refused_with_the_known_ones()
    {
        var error = Assert.Throws<InvalidOperationException>(() => InterpretedProgrammeRules.Create(CorpusRules.Compilation, "CARE"));

        Assert.Contains("« CARE »", error.Message, StringComparison.Ordinal);
        Assert.Contains("SUNES", error.Message, StringComparison.Ordinal);
    }
}
