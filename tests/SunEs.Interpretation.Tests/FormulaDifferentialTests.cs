using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SunEs.Interpretation.Tests.Support;
using SunEs.Runtime;

namespace SunEs.Interpretation.Tests;

/// <summary>
/// The second programme of tests/fixtures/care — a forfait capped with "plafonné à", a max, a
/// category compared with = and "parmi", no degressivity — judged identically by the interpreter
/// and by the compiled assembly over generated candidacies.
/// </summary>
public sealed class FormulaDifferentialTests
{
    private static readonly DateOnly AsOf = new(2025, 4, 1);

    private static RulesUnderTest Care => RulesUnderTest.Care;

    [Property(MaxTest = 2_000, Arbitrary = [typeof(CareCases)])]
    public void Interpreter_and_compiled_rules_give_the_same_outcome(CandidacyCase @case) =>
        Assert.Null(DifferentialCheck.Difference(Care.Interpreted, Care.Compiled, @case));

    [Fact]
    public void Generated_candidacies_reach_the_cap_the_floor_both_categories_and_an_unknown_value()
    {
        var outcomes = CandidacyCases.Generator(Care.Facts).Sample(size: 30, seed: new Rnd(11UL), numberOfSamples: 3_000)
            .Select(@case => (Case: @case, Outcome: DifferentialCheck.Outcome(Care.Interpreted, @case)))
            .ToList();

        Assert.Contains(outcomes, pair => pair.Outcome.Contains($"{nameof(EvaluationException)} {EvaluationErrorKind.UnknownValue} ", StringComparison.Ordinal));
        Assert.Contains(outcomes, pair => pair.Outcome.Contains(" | Ineligible | ", StringComparison.Ordinal));
        Assert.Contains(outcomes, pair => pair.Outcome.Contains("60000", StringComparison.Ordinal));
        Assert.Contains(outcomes, pair => pair.Outcome.Contains("50000", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(300, 45_000)]
    [InlineData(400, 60_000)]
    [InlineData(401, 60_000)]
    [InlineData(5_000, 60_000)]
    public void The_forfait_is_150_euros_a_bed_capped_at_60_k(int beds, int expected)
    {
        foreach (var rules in new[] { Care.Interpreted, Care.Compiled })
        {
            var candidacy = rules.Schema.NewCandidacy("750000101", "F2").AllPrerequisitesMet().RequestDomains("D2")
                .Set("lits_places", beds).Set("catégorie", "CH").MeasureRate("SV2.1", 85m).Build();

            Assert.Equal((decimal)expected, rules.Evaluate(candidacy, AsOf).FindDomain("D2")!.Amount!.Total);
        }
    }

    [Theory]
    [InlineData("CHU", 50_000)]
    [InlineData("chu", 50_000)]
    [InlineData(" Chu ", 50_000)]
    [InlineData("CH", 40_000)]
    [InlineData("prive LUCRATIF", 40_000)]
    public void A_category_is_read_whatever_its_case_accents_and_spacing_and_the_larger_forfait_is_paid(string category, int expected)
    {
        foreach (var rules in new[] { Care.Interpreted, Care.Compiled })
        {
            var candidacy = rules.Schema.NewCandidacy("750000101", "F1").AllPrerequisitesMet().RequestDomains("D1")
                .Set("forfait_exercice", 40_000m).Set("catégorie", category).MeasureYesNo("EX1.1", true).Build();

            var amount = rules.Evaluate(candidacy, new DateOnly(2024, 7, 1)).FindDomain("D1")!.Amount!;

            Assert.Equal((decimal)expected, amount.Total);
            Assert.Equal(100m, amount.Degressivity.Points);
        }
    }

    [Fact]
    public void A_value_the_category_does_not_list_is_refused_naming_the_values()
    {
        var builder = Care.Interpreted.Schema.NewCandidacy("750000101", "F1");

        var error = Assert.Throws<EvaluationException>(() => builder.Set("catégorie", "CHR"));

        Assert.Equal((EvaluationErrorKind.UnknownValue, "catégorie"), (error.Kind, error.Subject));
        Assert.Contains("« CH », « CHU », « ESPIC », « privé lucratif »", error.FrenchMessage, StringComparison.Ordinal);
        Assert.Contains("'CH', 'CHU', 'ESPIC', 'privé lucratif'", error.EnglishMessage, StringComparison.Ordinal);
    }
}

/// <summary>Generated candidacies of the fixture programme, found by FsCheck.Xunit through <c>[Property(Arbitrary = …)]</c>.</summary>
public static class CareCases
{
    public static Arbitrary<CandidacyCase> Cases() => Arb.From(CandidacyCases.Generator(RulesUnderTest.Care.Facts));
}
