namespace SunEs.Syntax.Tests;

/// <summary>Keywords are case-insensitive and accept their accented and unaccented spellings.</summary>
public sealed class KeywordSpellingTests
{
    [Theory]
    [InlineData("fenêtre")]
    [InlineData("fenetre")]
    [InlineData("FENÊTRE")]
    [InlineData("FENETRE")]
    [InlineData("Fenêtre")]
    public void Window_keyword(string keyword)
    {
        var window = Parse.Single<WindowSyntax>(Parse.Clean($"{keyword} F1 \"Première fenêtre\"\n    jalon 2022-03-31\n"));

        Assert.Equal("F1", window.Name.Text);
        Assert.Equal("Première fenêtre", window.Label?.Text);
        Assert.IsType<MilestoneSyntax>(Assert.Single(window.Items));
    }

    [Theory]
    [InlineData("fenêtres")]
    [InlineData("fenetres")]
    [InlineData("FENÊTRES")]
    public void Window_list_keyword(string keyword)
    {
        var list = Parse.Single<WindowListSyntax>(Parse.Clean($"programme P\n    volet V\n        {keyword} F1, F2, F3\n"));

        Assert.Equal(["F1", "F2", "F3"], list.Windows.Select(window => window.Text));
    }

    [Theory]
    [InlineData("prérequis")]
    [InlineData("prerequis")]
    [InlineData("PRÉREQUIS")]
    [InlineData("Prerequis")]
    public void Prerequisite_keyword(string keyword)
    {
        var prerequisite = Parse.Single<PrerequisiteSyntax>(Parse.Clean($"{keyword} P1 \"Identité\"\n    groupe \"Socle\"\n    volets V1, V2\n"));

        Assert.Equal("P1", prerequisite.Name.Text);
        Assert.Equal(2, prerequisite.Items.Count);
    }

    [Theory]
    [InlineData("dégressivité")]
    [InlineData("degressivite")]
    [InlineData("DÉGRESSIVITÉ")]
    [InlineData("dégressivite")]
    public void Degressivity_keyword(string keyword)
    {
        var degressivity = Parse.Single<DegressivitySyntax>(Parse.Clean($"programme P\n    volet V\n        {keyword} F1 100 %, F2 90 %\n"));

        Assert.Equal([100m, 90m], degressivity.Rates.Select(rate => rate.Rate.Points));
        Assert.Equal(["F1", "F2"], degressivity.Rates.Select(rate => rate.Window.Text));
    }

    [Theory]
    [InlineData("signée")]
    [InlineData("signee")]
    [InlineData("SIGNÉE")]
    [InlineData("signé")]
    public void Signed_keyword(string keyword)
    {
        var signed = Parse.Single<SignedItemSyntax>(Parse.Clean($"instruction \"X/1\"\n    {keyword} le 2021-07-26\n"));

        Assert.Equal(new DateOnly(2021, 7, 26), signed.Date.Value);
    }

    [Theory]
    [InlineData("modifié")]
    [InlineData("modifie")]
    [InlineData("modifiée")]
    [InlineData("modifiee")]
    [InlineData("modifiées")]
    [InlineData("modifiés")]
    [InlineData("MODIFIÉE")]
    public void Amended_keyword_on_declarations(string keyword)
    {
        var window = Parse.Single<WindowSyntax>(Parse.Clean($"fenêtre F2 {keyword}\n    jalon 31 mars 2023\n"));

        Assert.Equal(keyword, window.AmendedKeyword?.Text);
        Assert.Equal("F2", window.Name.Text);
    }

    [Theory]
    [InlineData("modifie")]
    [InlineData("modifié")]
    [InlineData("MODIFIE")]
    public void Amended_keyword_in_header(string keyword)
    {
        var amends = Parse.Single<AmendsItemSyntax>(Parse.Clean($"instruction \"X/2\"\n    {keyword} \"X/1\", \"X/0\"\n"));

        Assert.Equal(["X/1", "X/0"], amends.Amended.Select(text => text.Value));
    }

    [Theory]
    [InlineData("émetteurs", "immédiatement")]
    [InlineData("emetteurs", "immediatement")]
    [InlineData("ÉMETTEUR", "IMMÉDIATEMENT")]
    public void Header_keywords(string issuers, string immediately)
    {
        var tree = Parse.Clean($"Instruction \"X/1\"\n    TITRE \"T\"\n    nor \"N\"\n    applicable {immediately}\n    {issuers} \"A\", \"B\"\n");

        Assert.True(Parse.Single<ApplicableItemSyntax>(tree).IsImmediate);
        Assert.Equal(["A", "B"], Parse.Single<IssuersItemSyntax>(tree).Issuers.Select(issuer => issuer.Value));
    }

    [Theory]
    [InlineData("donnée", "entier", DataType.Integer)]
    [InlineData("donnee", "décimal", DataType.Decimal)]
    [InlineData("DONNÉE", "decimal", DataType.Decimal)]
    [InlineData("donnée", "pourcentage", DataType.Percentage)]
    [InlineData("donnée", "montant", DataType.Money)]
    [InlineData("donnée", "date", DataType.Date)]
    [InlineData("donnée", "durée", DataType.Duration)]
    [InlineData("donnée", "duree", DataType.Duration)]
    [InlineData("donnée", "booléen", DataType.Boolean)]
    [InlineData("donnée", "booleen", DataType.Boolean)]
    [InlineData("donnée", "TEXTE", DataType.Text)]
    public void Data_declaration_keywords(string keyword, string type, DataType expected)
    {
        var data = Parse.Single<DataDeclarationSyntax>(Parse.Clean($"{keyword} séjours : {type} \"Nombre\"\n"));

        Assert.Equal("séjours", data.Name.Text);
        Assert.Equal(expected, data.Type);
        Assert.Equal("Nombre", data.Label?.Text);
    }

    [Theory]
    [InlineData("éligible si x", typeof(EligibilitySyntax))]
    [InlineData("eligible si x", typeof(EligibilitySyntax))]
    [InlineData("ÉLIGIBLE SI x", typeof(EligibilitySyntax))]
    [InlineData("enveloppe environ 3 M€", typeof(EnvelopeSyntax))]
    public void Domain_item_keywords(string item, Type expected)
    {
        var domain = Parse.Single<DomainSyntax>(Parse.Clean($"programme P\n    volet V\n        domaine D\n            {item}\n"));

        Assert.IsType(expected, Assert.Single(domain.Items));
    }

    [Theory]
    [InlineData("barème x jusqu'à 1 : 2 au-delà : 3")]
    [InlineData("bareme x jusqu'a 1 : 2 au-dela : 3")]
    [InlineData("BARÈME x JUSQU’À 1 : 2 AU-DELÀ : 3")]
    [InlineData("barème x jusqu’à 1 : 2 au-delà : 3")]
    public void Bracket_table_keywords(string expression)
    {
        var table = Assert.IsType<BracketTableExpressionSyntax>(Parse.Expression(expression));

        Assert.Single(table.Brackets);
    }

    [Theory]
    [InlineData("arrondi au centime", RoundingUnit.Cent, RoundingMode.HalfAwayFromZero)]
    [InlineData("arrondi à l'euro supérieur", RoundingUnit.Euro, RoundingMode.Up)]
    [InlineData("arrondi a l'euro superieur", RoundingUnit.Euro, RoundingMode.Up)]
    [InlineData("arrondi à l’euro inférieur", RoundingUnit.Euro, RoundingMode.Down)]
    [InlineData("arrondi a l'euro inferieur", RoundingUnit.Euro, RoundingMode.Down)]
    [InlineData("ARRONDI À L'EURO AU PLUS PROCHE", RoundingUnit.Euro, RoundingMode.HalfAwayFromZero)]
    public void Rounding_keywords(string item, RoundingUnit unit, RoundingMode mode)
    {
        var rounding = Parse.Single<RoundingSyntax>(Parse.Clean($"programme P\n    {item}\n"));

        Assert.Equal(unit, rounding.Unit);
        Assert.Equal(mode, rounding.Mode);
    }

    [Theory]
    [InlineData("enveloppe régionale")]
    [InlineData("enveloppe regionale")]
    [InlineData("ENVELOPPE RÉGIONALE")]
    public void Regional_envelope_keyword(string keyword)
    {
        var envelope = Parse.Single<RegionalEnvelopeSyntax>(Parse.Clean($"programme P\n    {keyword} \"Normandie\" environ 9,5 M€\n"));

        Assert.Equal("Normandie", envelope.Region.Value);
        Assert.True(envelope.Amount.IsApproximate);
        Assert.Equal(9_500_000m, envelope.Amount.Money.Euros);
    }

    [Theory]
    [InlineData("sélection 3 mois au plus")]
    [InlineData("selection 3 mois maximum")]
    [InlineData("SÉLECTION 3 MOIS AU PLUS")]
    public void Selection_keyword(string item)
    {
        var selection = Parse.Single<SelectionDelaySyntax>(Parse.Clean($"fenêtre F1\n    {item}\n"));

        Assert.Equal(3m, selection.Duration.Amount);
        Assert.Equal(DurationUnit.Months, selection.Duration.Unit);
        Assert.True(selection.IsMaximum);
    }

    [Theory]
    [InlineData("établissement", "demandé", "financé")]
    [InlineData("etablissement", "demande", "finance")]
    [InlineData("ÉTABLISSEMENT", "DEMANDÉE", "FINANCÉS")]
    public void Test_item_keywords(string establishment, string requested, string funded)
    {
        var tree = Parse.Clean($"test \"t\" au 2022-01-01\n    {establishment} \"123\"\n    candidature en F1 pour D1\n    report {requested}\n    attendu D1 {funded} 10 k€\n");
        var test = Parse.Single<TestSyntax>(tree);

        Assert.Equal(4, test.Items.Count);
        Assert.Equal("123", Parse.Single<EstablishmentSyntax>(tree).Identifier.Value);
        Assert.Single(tree.Root.DescendantsAndSelf().OfType<PostponementRequestSyntax>());
        var expectation = Parse.Single<ExpectationSyntax>(tree);
        Assert.Equal(ExpectationKind.Funded, expectation.Kind);
        Assert.Equal(10_000m, expectation.Amount?.Euros);
    }

    [Theory]
    [InlineData("prérequis tous atteints sauf P1, P2", PrerequisiteStatusKind.AllExcept, 2)]
    [InlineData("prerequis toutes atteintes", PrerequisiteStatusKind.AllExcept, 0)]
    [InlineData("prérequis atteint P1", PrerequisiteStatusKind.Only, 1)]
    [InlineData("PRÉREQUIS AUCUN", PrerequisiteStatusKind.None, 0)]
    public void Prerequisite_status_keywords(string item, PrerequisiteStatusKind kind, int names)
    {
        var status = Parse.Single<PrerequisiteStatusSyntax>(Parse.Clean($"test \"t\"\n    {item}\n"));

        Assert.Equal(kind, status.Kind);
        Assert.Equal(names, status.Names.Count);
    }

    [Fact]
    public void A_keyword_with_a_wrong_accent_is_not_a_keyword_but_is_read_as_the_keyword_it_resembles()
    {
        // "fenétre" (acute instead of circumflex) is an identifier, not the window keyword: an
        // error that names the keyword, after which the declaration is read as a window.
        var tree = Parse.Text("fenétre F1\n    jalon 2022-03-31\n");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("SUN0011", diagnostic.Code);
        Assert.Equal("« fenétre » inattendu ici ; vouliez-vous dire « fenêtre » ?", diagnostic.GetMessage(Diagnostics.MessageLanguage.French));
        Assert.Equal(SyntaxTokenKind.Identifier, tree.Tokens[0].Kind);
        Assert.Equal("F1", Parse.Single<WindowSyntax>(tree).Name.Text);
    }
}
