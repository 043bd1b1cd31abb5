using SunEs.Emit.InFileTests;
using SunEs.Runtime;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Emit.Tests;

/// <summary>
/// min, max, "plafonné à", "au plus", "au moins" on amounts, percentages and dates, and a category
/// compared with = and "parmi", compiled, loaded and run; a volet without degressivity pays 100 %.
/// </summary>
public sealed class FormulaEmitTests : IDisposable
{
    private const string Text = """
        instruction "ESSAI/2024/2"
            signée le 1er janvier 2024
            applicable le 1er janvier 2024

        programme CAPS "Plafonds et catégories"
            volet VA "Volet A"
                fenêtres W1
                domaine DA "Domaine A"
                    forfait = min(150 € × lits, prime + 5 000 €, 60 k€) au moins 10 k€
                    éligible si max(ouverture, 2020-01-01) ≤ 2023-12-31 et catégorie parmi "CH", "CHU"
                    indicateur IA "Indicateur A"
                        oui/non
                        bonus 10 % du forfait plafonné à 2 000 €
                domaine DB "Domaine B"
                    forfait = si catégorie = "CHU" alors max(prime, 1 €) sinon prime au plus 100 €
                    indicateur IB "Indicateur B"
                        taux = faits / effectif

        fenêtre W1 "Fenêtre 1"
            candidature du 2024-01-01 au 2024-02-28
            mesure "S1" du 2024-03-01 au 2024-06-30
            jalon 2024-07-31

        donnée lits : entier "Nombre de lits"
        donnée prime : montant "Prime notifiée"
        donnée ouverture : date "Date d'ouverture"
        donnée catégorie : parmi "CH", "CHU", "privé lucratif" "Catégorie juridique"
        donnée faits : entier "Numérateur"
        donnée effectif : entier "Dénominateur"

        cibles du volet VA
            fenêtres    W1
            IA          oui
            IB          /

        test "Un CHU de 300 lits, bonus plafonné" au 2024-03-01
            candidature en W1 pour DA
            prérequis tous atteints
            données lits = 300, prime = 70 k€, ouverture = 2010-05-01, catégorie = "CHU"
            mesures IA = oui
            attendu
                DA financé 47 000 €
        """;

    private static readonly DateOnly AsOf = new(2024, 3, 1);

    private readonly Compilation _compilation;
    private readonly LoadedProgrammeRules _loaded;

    public FormulaEmitTests()
    {
        _compilation = Compilation.Parse([new SourceText("essai/caps.sunes", Text)]);
        Assert.False(_compilation.HasErrors, string.Join(Environment.NewLine, _compilation.Diagnostics));
        var result = RulesEmitter.Emit(_compilation);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        _loaded = LoadedProgrammeRules.FromBytes(result.Assembly!, result.Pdb);
    }

    private IProgrammeRules Rules => _loaded.Rules;

    [Theory]
    [InlineData(10, 100_000, 10_000)]
    [InlineData(100, 100_000, 15_000)]
    [InlineData(300, 20_000, 25_000)]
    [InlineData(1_000, 100_000, 60_000)]
    [InlineData(1, 1, 10_000)]
    public void The_forfait_is_the_smallest_of_three_amounts_and_at_least_10_k(int beds, int bonus, int expected)
    {
        var amount = Rules.Evaluate(DomainA(beds, bonus, "CH").Build(), AsOf).FindDomain("DA")!.Amount!;

        Assert.Equal((decimal)expected, amount.BaseForfait);
        Assert.Equal(100m, amount.Degressivity.Points);
    }

    [Theory]
    [InlineData(100, 1_500)]
    [InlineData(300, 2_000)]
    public void A_bonus_of_10_percent_of_the_forfait_is_capped_at_2_000(int beds, int expected)
    {
        var amount = Rules.Evaluate(DomainA(beds, 100_000, "CHU").MeasureYesNo("IA", true).Build(), AsOf).FindDomain("DA")!.Amount!;

        Assert.Equal((decimal)expected, amount.Bonuses.Single().Amount);
    }

    [Theory]
    [InlineData("2023-12-31", "CH", DomainStatus.Funded)]
    [InlineData("2024-01-01", "CH", DomainStatus.Ineligible)]
    [InlineData("1990-01-01", "chu", DomainStatus.Funded)]
    [InlineData("1990-01-01", "Prive lucratif", DomainStatus.Ineligible)]
    public void Eligibility_takes_the_later_of_two_dates_and_a_category_among_values(string opening, string category, DomainStatus expected)
    {
        var candidacy = DomainA(100, 100_000, category).Set("ouverture", DateOnly.Parse(opening, System.Globalization.CultureInfo.InvariantCulture)).Build();

        Assert.Equal(expected, Rules.Evaluate(candidacy, AsOf).FindDomain("DA")!.Status);
    }

    [Theory]
    [InlineData("CHU", 250, 250)]
    [InlineData("CHU", 0, 1)]
    [InlineData("CH", 250, 100)]
    public void A_category_equality_chooses_the_branch(string category, int bonus, int expected)
    {
        var candidacy = Rules.Schema.NewCandidacy("130000003", "W1").AllPrerequisitesMet().RequestDomains("DB")
            .Set("prime", bonus).Set("catégorie", category).Build();

        Assert.Equal((decimal)expected, Rules.Evaluate(candidacy, AsOf).FindDomain("DB")!.Amount!.Total);
    }

    [Fact]
    public void The_test_written_in_the_text_passes_with_its_category_value()
    {
        var result = Assert.Single(InFileTestRunner.Run(_compilation, Rules));

        Assert.True(result.Passed, string.Join(Environment.NewLine, result.Failures.Select(failure => failure.Message.French)));
    }

    [Fact]
    public void The_schema_lists_the_values_of_the_category()
    {
        var field = Rules.Schema.FindData("catégorie")!;

        Assert.Equal(DataKind.Category, field.Kind);
        Assert.Equal(["CH", "CHU", "privé lucratif"], field.Values!);
    }

    public void Dispose() => _loaded.Unload();

    private CandidacyBuilder DomainA(int beds, int bonus, string category) =>
        Rules.Schema.NewCandidacy("130000003", "W1").AllPrerequisitesMet().RequestDomains("DA")
            .Set("lits", beds).Set("prime", bonus).Set("ouverture", new DateOnly(2015, 1, 1)).Set("catégorie", category);
}
