using SunEs.Runtime;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Emit.Tests;

/// <summary>
/// Expressions the corpus does not use — barème, si/alors/sinon, arithmetic, dates, yes/no
/// bonuses, rounding to the euro — on a small programme written for the test.
/// </summary>
public sealed class ExpressionEmitTests : IDisposable
{
    private const string Text = """
        instruction "ESSAI/2024/1"
            signée le 1er janvier 2024
            applicable le 1er janvier 2024

        programme HOP "Programme d'essai"
            arrondi à l'euro
            volet VA "Volet A"
                fenêtres W1
                dégressivité W1 85 %
                domaine DA "Domaine A"
                    forfait = barème lits
                                  jusqu'à 100 : 40 k€
                                  jusqu'à 500 : 90 k€
                                  au-delà : 150 k€
                    éligible si lits > 0 et non fermé
                    indicateur IA "Indicateur A"
                        taux = faits / effectif
                    indicateur IB "Bonus urgences"
                        oui/non
                        bonus si urgences alors 12,5 % du forfait + 1 000,50 € sinon 333,33 €
                        applicable si ouverture < 2020-01-01
                domaine DB "Domaine B"
                    forfait = (prime × 2 - 100 €) / (lits / 10) + 10 % de prime
                    indicateur IC "Indicateur C"
                        taux = faits / effectif

        fenêtre W1 "Fenêtre 1"
            candidature du 2024-01-01 au 2024-02-28
            sélection 4 mois maximum
            mesure "S1" du 2024-03-01 au 2024-06-30
            jalon 2024-07-31

        donnée lits : entier "Nombre de lits"
        donnée fermé : booléen "L'établissement est fermé"
        donnée urgences : booléen "L'établissement a un service d'urgences"
        donnée ouverture : date "Date d'ouverture"
        donnée faits : entier "Numérateur"
        donnée effectif : entier "Dénominateur"
        donnée prime : montant "Prime notifiée"

        cibles du volet VA
            fenêtres    W1
            IA          50 %
            IB          oui
            IC          10 %
        """;

    private static readonly DateOnly AsOf = new(2024, 3, 1);

    private readonly LoadedProgrammeRules _loaded;

    public ExpressionEmitTests()
    {
        var compilation = Compilation.Parse([new SourceText("essai/hop.sunes", Text)]);
        Assert.False(compilation.HasErrors, string.Join(Environment.NewLine, compilation.Diagnostics));
        var result = RulesEmitter.Emit(compilation);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        _loaded = LoadedProgrammeRules.FromBytes(result.Assembly!, result.Pdb);
    }

    private IProgrammeRules Rules => _loaded.Rules;

    [Theory]
    [InlineData(100, 34_000)]
    [InlineData(101, 76_500)]
    [InlineData(500, 76_500)]
    [InlineData(501, 127_500)]
    public void The_barème_picks_the_first_bracket_whose_bound_is_reached(int beds, int expected)
    {
        var decision = Rules.Evaluate(DomainA(beds).Set("ouverture", new DateOnly(2021, 1, 1)).Build(), AsOf);

        var amount = decision.FindDomain("DA")!.Amount!;
        Assert.Equal(85m, amount.Degressivity.Points);
        Assert.Equal((decimal)expected, amount.Total);
        Assert.Equal(IndicatorStatus.NotApplicable, decision.FindIndicator("IB")!.Status);
    }

    [Theory]
    [InlineData(true, 39_251)]
    [InlineData(false, 34_333)]
    public void A_conditional_bonus_takes_its_branch_and_the_total_is_rounded_to_the_euro(bool emergencies, int expected)
    {
        var candidacy = DomainA(50).Set("ouverture", new DateOnly(2019, 12, 31)).Set("urgences", emergencies).MeasureYesNo("IB", true).Build();

        var amount = Rules.Evaluate(candidacy, AsOf).FindDomain("DA")!.Amount!;

        // 40 000 × 85 % = 34 000; with emergencies 12,5 % × 34 000 + 1 000,50 = 5 250,50, else 333,33.
        Assert.Equal(emergencies ? 39_250.50m : 34_333.33m, amount.Unrounded);
        Assert.Equal((decimal)expected, amount.Total);
        Assert.NotNull(amount.Rounding.Provenance);
    }

    [Fact]
    public void Eligibility_combines_comparison_and_negation()
    {
        var decision = Rules.Evaluate(DomainA(50).Set("fermé", true).Build(), AsOf);

        Assert.Equal(DomainStatus.Ineligible, decision.FindDomain("DA")!.Status);
    }

    [Fact]
    public void Arithmetic_on_amounts_and_percentages_is_exact_decimal()
    {
        var candidacy = Rules.Schema.NewCandidacy("130000029", "W1").AllPrerequisitesMet().RequestDomains("DB")
            .Set("lits", 40m).Set("prime", 1_000m).Set("faits", 1m).Set("effectif", 10m).Build();

        var amount = Rules.Evaluate(candidacy, AsOf).FindDomain("DB")!.Amount!;

        // (1 000 × 2 − 100) / (40 / 10) + 10 % × 1 000 = 475 + 100 = 575.
        Assert.Equal(575m, amount.BaseForfait);
        Assert.Equal(488.75m, amount.Unrounded);
        Assert.Equal(489m, amount.Total);
    }

    [Fact]
    public void A_division_by_zero_in_a_rule_names_the_establishment()
    {
        var candidacy = Rules.Schema.NewCandidacy("130000029", "W1").AllPrerequisitesMet().RequestDomains("DB")
            .Set("lits", 0m).Set("prime", 1_000m).Set("faits", 1m).Set("effectif", 10m).Build();

        var error = Assert.Throws<EvaluationException>(() => Rules.Evaluate(candidacy, AsOf));

        Assert.Equal((EvaluationErrorKind.DivisionByZero, "130000029"), (error.Kind, error.Establishment));
    }

    [Fact]
    public void User_text_reaches_the_generated_code_only_as_string_literals()
    {
        var tricky = Text.Replace("\"Domaine A\"", "\"Domaine \\\"A\\\" } class X { #line 1\"", StringComparison.Ordinal);
        var compilation = Compilation.Parse([new SourceText("essai/\"quoted\".sunes", tricky)]);

        var result = RulesEmitter.Emit(compilation);

        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        using var loaded = LoadedProgrammeRules.FromBytes(result.Assembly!, result.Pdb);
        Assert.Equal("Domaine \"A\" } class X { #line 1", loaded.Rules.Schema.FindDomain("DA")!.Label);
    }

    public void Dispose() => _loaded.Unload();

    private CandidacyBuilder DomainA(int beds) =>
        Rules.Schema.NewCandidacy("130000029", "W1").AllPrerequisitesMet().RequestDomains("DA")
            .Set("lits", beds).Set("fermé", false).Set("faits", 6m).Set("effectif", 10m);
}
