using SunEs.Emit.Tests.Support;
using SunEs.Runtime;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Emit.Tests;

/// <summary>
/// Conditions over earlier windows, compiled and loaded: « déjà financé », « atteint en fenêtre
/// précédente », « atteint en W1 », in an eligibility rule, a forfait and an applicability rule;
/// the outcome facts the schema lists, the reads the decision explains, a missing fact refused.
/// </summary>
public sealed class OutcomeEmitTests : IDisposable
{
    private const string Text = """
        instruction "ESSAI/2024/2"
            signée le 1er janvier 2024
            applicable le 1er janvier 2024

        programme HOP "Programme d'essai"
            volet VA "Volet A"
                fenêtres W1, W2, W3
                domaine DA "Une seule fois"
                    forfait = 10 k€
                    éligible si non DA déjà financé
                    indicateur IA "Indicateur A"
                        oui/non
                domaine DB "Deux fenêtres de suite"
                    forfait = si DA financé en fenêtre précédente alors 30 k€ sinon 20 k€
                    éligible si IA atteint en fenêtre précédente
                    indicateur IB "Indicateur B"
                        oui/non
                        bonus 1 000 €
                        applicable si DA déjà financé
            volet VB "Volet B"
                fenêtres W3
                domaine DC "Après deux cibles"
                    forfait = 5 k€
                    éligible si IA atteint en W1 et IA atteint en W2
                    indicateur IC "Indicateur C"
                        oui/non

        fenêtre W1 "Fenêtre 1"
            candidature du 2024-01-01 au 2024-02-28
            mesure "S1" du 2024-03-01 au 2024-06-30
            jalon 2024-07-31

        fenêtre W2 "Fenêtre 2"
            candidature du 2024-07-01 au 2024-08-31
            mesure "S2" du 2024-09-01 au 2024-12-31
            jalon 2025-01-31

        fenêtre W3 "Fenêtre 3"
            candidature du 2025-01-01 au 2025-02-28
            mesure "S3" du 2025-03-01 au 2025-06-30
            jalon 2025-07-31

        cibles du volet VA
            fenêtres    W1      W2      W3
            IA          oui     oui     oui
            IB          oui     oui     oui

        cibles du volet VB
            fenêtres    W3
            IC          oui
        """;

    private static readonly DateOnly AsOf = new(2025, 3, 1);

    private readonly LoadedProgrammeRules _loaded;

    public OutcomeEmitTests()
    {
        (_, _loaded) = EmittedText.Load("essai/hop.sunes", Text);
    }

    private IProgrammeRules Rules => _loaded.Rules;

    [Fact]
    public void The_schema_lists_every_outcome_the_rules_read_and_only_those()
    {
        Assert.Equal(["IA atteint en W1", "IA atteint en W2", "DA financé en W1", "DA financé en W2"], Rules.Schema.Outcomes.Select(outcome => outcome.Column));
        Assert.Same(Rules.Schema.Outcomes[2], Rules.Schema.FindOutcome("DA finance en W1"));
        Assert.Same(Rules.Schema.Outcomes[0], Rules.Schema.FindOutcome("IA met in W1"));
    }

    [Fact]
    public void In_the_first_window_nothing_is_read_and_the_domain_is_judged_without_a_past()
    {
        var decision = Rules.Evaluate(Candidacy("W1", "DA").MeasureYesNo("IA", true).Build(), new DateOnly(2024, 3, 1));

        Assert.Equal(DomainStatus.Funded, decision.FindDomain("DA")!.Status);
        Assert.Empty(decision.EarlierOutcomes);
        Assert.DoesNotContain("Résultats antérieurs", decision.Explanation.French, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, true, DomainStatus.Ineligible)]
    [InlineData(true, false, DomainStatus.Ineligible)]
    [InlineData(false, false, DomainStatus.Funded)]
    public void Already_funded_reads_every_earlier_window(bool inW1, bool inW2, DomainStatus expected)
    {
        var candidacy = Candidacy("W3", "DA").FundedIn("DA", "W1", inW1).FundedIn("DA", "W2", inW2).MeasureYesNo("IA", true).Build();

        var decision = Rules.Evaluate(candidacy, AsOf);

        Assert.Equal(expected, decision.FindDomain("DA")!.Status);
        Assert.Equal([("DA financé en W1", inW1), ("DA financé en W2", inW2)], decision.EarlierOutcomes.Select(read => (read.Field.Column, read.Value)));
        Assert.Contains($"Résultats antérieurs lus : « DA financé en W1 » {(inW1 ? "oui" : "non")}, « DA financé en W2 » {(inW2 ? "oui" : "non")}.", decision.Explanation.French, StringComparison.Ordinal);
        Assert.Contains($"Earlier outcomes read: 'DA funded in W1' {(inW1 ? "yes" : "no")}", decision.Explanation.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, DomainStatus.Funded)]
    [InlineData(false, DomainStatus.Ineligible)]
    public void The_previous_window_is_the_latest_earlier_one_only(bool metInW2, DomainStatus expected)
    {
        // W1's outcome of IA is not given: « en fenêtre précédente » reads W2's alone for a candidacy in W3.
        var candidacy = Candidacy("W3", "DB").TargetMetIn("IA", "W2", metInW2).FundedIn("DA", "W1", false).FundedIn("DA", "W2", false)
            .MeasureYesNo("IB", true).Build();

        var decision = Rules.Evaluate(candidacy, AsOf);

        Assert.Equal(expected, decision.FindDomain("DB")!.Status);
        Assert.Contains(decision.EarlierOutcomes, read => read.Field.Column == "IA atteint en W2" && read.Value == metInW2);
        Assert.DoesNotContain(decision.EarlierOutcomes, read => read.Field.Column == "IA atteint en W1");
    }

    [Fact]
    public void A_forfait_and_an_applicability_rule_read_outcomes_too()
    {
        var candidacy = Candidacy("W2", "DB").TargetMetIn("IA", "W1", true).FundedIn("DA", "W1", true).MeasureYesNo("IB", true).Build();

        var domain = Rules.Evaluate(candidacy, new DateOnly(2024, 9, 1)).FindDomain("DB")!;

        Assert.Equal(DomainStatus.Funded, domain.Status);
        Assert.Equal(30_000m, domain.Amount!.BaseForfait);
        Assert.Equal(31_000m, domain.Amount.Total);
    }

    [Fact]
    public void Two_named_windows_are_both_read()
    {
        var met = Rules.Evaluate(Candidacy("W3", "DC").TargetMetIn("IA", "W1", true).TargetMetIn("IA", "W2", true).MeasureYesNo("IC", true).Build(), AsOf);
        var once = Rules.Evaluate(Candidacy("W3", "DC").TargetMetIn("IA", "W1", true).TargetMetIn("IA", "W2", false).MeasureYesNo("IC", true).Build(), AsOf);

        Assert.Equal(DomainStatus.Funded, met.FindDomain("DC")!.Status);
        Assert.Equal(DomainStatus.Ineligible, once.FindDomain("DC")!.Status);
    }

    [Fact]
    public void A_missing_outcome_refuses_the_candidacy_naming_its_column_and_the_rule()
    {
        var candidacy = Candidacy("W3", "DA").FundedIn("DA", "W1", false).MeasureYesNo("IA", true).Build();

        var error = Assert.Throws<EvaluationException>(() => Rules.Evaluate(candidacy, AsOf));

        Assert.Equal((EvaluationErrorKind.MissingFact, "DA financé en W2"), (error.Kind, error.Subject));
        Assert.Contains("Il manque le résultat « DA financé en W2 »", error.FrenchMessage, StringComparison.Ordinal);
        Assert.Contains("(colonne « DA financé en W2 ») : la règle « DA déjà financé » (ESSAI/2024/2, ligne 10) le lit", error.FrenchMessage, StringComparison.Ordinal);
        Assert.Contains("Missing the outcome 'DA funded in W2'", error.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outcome_the_rules_do_not_read_is_refused_naming_those_they_read()
    {
        var builder = Candidacy("W3", "DA");

        var error = Assert.Throws<EvaluationException>(() => builder.FundedIn("DC", "W1", true));

        Assert.Equal(EvaluationErrorKind.UnknownOutcome, error.Kind);
        Assert.Contains("« DC financé en W1 » n'est pas un résultat antérieur que ces règles lisent", error.FrenchMessage, StringComparison.Ordinal);
        Assert.Contains("« DA financé en W2 »", error.FrenchMessage, StringComparison.Ordinal);
    }

    public void Dispose() => _loaded.Unload();

    private CandidacyBuilder Candidacy(string window, string domain) =>
        Rules.Schema.NewCandidacy("130000029", window).AllPrerequisitesMet().RequestDomains(domain);
}
