using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SunEs.Interpretation.Tests.Support;
using SunEs.Runtime;

namespace SunEs.Interpretation.Tests;

/// <summary>
/// Conditions over earlier windows — « non D1 déjà financé », « EX1.1 atteint en fenêtre
/// précédente », « D2.1 atteint en F1 » — in the two sample programmes, judged identically by
/// the interpreter and by the compiled assembly, over generated candidacies that give each
/// outcome either way or leave it out.
/// </summary>
public sealed class EarlierOutcomeDifferentialTests
{
    private static readonly DateOnly CareAsOf = new(2025, 4, 1);

    private static RulesUnderTest Care => RulesUnderTest.Care;

    private static RulesUnderTest Hopen => RulesUnderTest.Hopen;

    [Property(MaxTest = 1_500, Arbitrary = [typeof(HopenCases)])]
    public void Interpreter_and_compiled_rules_give_the_same_outcome_for_HOPEN(CandidacyCase @case) =>
        Assert.Null(DifferentialCheck.Difference(Hopen.Interpreted, Hopen.Compiled, @case));

    [Fact]
    public void Both_describe_the_same_outcomes_in_their_schema()
    {
        foreach (var rules in new[] { Care, Hopen })
        {
            Assert.Equal(DecisionText.Of(rules.Compiled.Programme, rules.Compiled.Schema), DecisionText.Of(rules.Interpreted.Programme, rules.Interpreted.Schema));
        }

        Assert.Equal(["EX1.1 atteint en F1", "D1 financé en F1"], Care.Compiled.Schema.Outcomes.Select(outcome => outcome.Column));
        Assert.Equal(["D2.1 atteint en F1", "D1 financé en F1", "D2 financé en F1", "D3 financé en F1"], Hopen.Compiled.Schema.Outcomes.Select(outcome => outcome.Column));
    }

    [Theory]
    [InlineData("care")]
    [InlineData("hopen")]
    public void Generated_candidacies_read_outcomes_either_way_and_miss_some(string programme)
    {
        var rules = programme == "care" ? Care : Hopen;
        var outcomes = CandidacyCases.Generator(rules.Facts).Sample(size: 30, seed: new Rnd(17UL), numberOfSamples: 3_000)
            .Select(@case => DifferentialCheck.Outcome(rules.Interpreted, @case))
            .ToList();

        Assert.Contains(outcomes, outcome => outcome.Contains($"{nameof(EvaluationException)} {EvaluationErrorKind.MissingFact} | D1 financé en F1 |", StringComparison.Ordinal));
        Assert.Contains(outcomes, outcome => outcome.Contains("earlier outcome: 1 | D1 financé en F1 | True", StringComparison.Ordinal)
            && outcome.Contains(" | Ineligible | ", StringComparison.Ordinal));
        Assert.Contains(outcomes, outcome => outcome.Contains("earlier outcome: 1 | D1 financé en F1 | False", StringComparison.Ordinal)
            && outcome.Contains(" | Funded | ", StringComparison.Ordinal));
        Assert.Contains(outcomes, outcome => outcome.Contains("atteint en F1 | True", StringComparison.Ordinal));
        Assert.Contains(outcomes, outcome => outcome.Contains("atteint en F1 | False", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, DomainStatus.Ineligible)]
    [InlineData(false, DomainStatus.Funded)]
    public void An_exercise_funded_in_the_first_window_is_not_funded_again(bool fundedInF1, DomainStatus expected)
    {
        foreach (var rules in new[] { Care.Interpreted, Care.Compiled })
        {
            var candidacy = rules.Schema.NewCandidacy("750000101", "F2").AllPrerequisitesMet().RequestDomains("D1")
                .Set("forfait_exercice", 40_000m).Set("catégorie", "CH").MeasureYesNo("EX1.1", true).FundedIn("D1", "F1", fundedInF1).Build();

            var decision = rules.Evaluate(candidacy, CareAsOf);

            Assert.Equal(expected, decision.FindDomain("D1")!.Status);
            Assert.Contains($"Résultats antérieurs lus : « D1 financé en F1 » {(fundedInF1 ? "oui" : "non")}.", decision.Explanation.French, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_outcome_is_refused_the_same_way_by_both()
    {
        var @case = new CandidacyCase("750000101", "F2", ["D3"], false, [("PR1", PrerequisiteStatus.Met)], [new DatumCase("lits_places", 300m)],
            [new MeasureCase("EX3.1", MeasureKind.YesNo, 0, 0, true)], CareAsOf);

        var interpreted = DifferentialCheck.Outcome(Care.Interpreted, @case);

        Assert.Equal(interpreted, DifferentialCheck.Outcome(Care.Compiled, @case));
        Assert.StartsWith($"evaluation failed: {nameof(EvaluationException)} {EvaluationErrorKind.MissingFact} | EX1.1 atteint en F1 | 750000101 | Il manque le résultat « EX1.1 atteint en F1 »", interpreted, StringComparison.Ordinal);
        Assert.Null(DifferentialCheck.Difference(Care.Interpreted, Care.Compiled, @case with { Outcomes = [new OutcomeCase("EX1.1 atteint en F1", true)] }));
    }
}

/// <summary>Generated candidacies of the HOP'EN sample, found by FsCheck.Xunit through <c>[Property(Arbitrary = …)]</c>.</summary>
public static class HopenCases
{
    public static Arbitrary<CandidacyCase> Cases() => Arb.From(CandidacyCases.Generator(RulesUnderTest.Hopen.Facts));
}
