using SunEs.Interpretation.Tests.Support;
using SunEs.Runtime;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Interpretation.Tests;

/// <summary>
/// The calendar constructs the corpus does not use — "mesures dans la période de mesure", an
/// overseas scope of listed territories, a volet's own "recevable si", a postponement judged by the
/// later window's targets and degressivity — emitted, loaded and run, and interpreted: both back ends
/// give the same decision, field by field, on every case.
/// </summary>
public sealed class CalendarRuleTests : IDisposable
{
    private const string Text = """
        instruction "ESSAI/2024/2"
            signée le 1er janvier 2024
            applicable le 1er janvier 2024

        programme CAL "Programme d'essai du calendrier"
            candidature déposée pendant la période de candidature
            résultats transmis au plus tard au jalon
            mesures dans la période de mesure
            outre-mer "Guadeloupe", "Martinique"
            volet VA "Volet A"
                recevable si engagement
                fenêtres W1, W2
                dégressivité W1 100 %, W2 80 %
                domaine DA "Domaine A"
                    forfait = 10 k€
                    indicateur IA "Indicateur A"
                        taux = faits / effectif

        fenêtre W1 "Fenêtre 1"
            candidature du 2024-01-01 au 2024-02-28
            mesure "S1" du 2024-03-01 au 2024-06-30
            jalon 2024-07-31
            report vers W2 avec les cibles de W2 et la dégressivité de W2

        fenêtre W2 "Fenêtre 2"
            candidature du 2024-07-01 au 2024-08-31
            mesure "S2" du 2024-09-01 au 2024-12-31
            jalon 2025-01-31

        donnée engagement : booléen "Engagement"
        donnée faits : entier "Numérateur"
        donnée effectif : entier "Dénominateur"

        cibles du volet VA
            fenêtres    W1      W2
            IA          50 %    60 %
        """;

    private static readonly DateOnly AsOf = new(2025, 3, 1);

    private readonly LoadedProgrammeRules _compiled;
    private readonly InterpretedProgrammeRules _interpreted;

    public CalendarRuleTests()
    {
        var compilation = Compilation.Parse([new SourceText("essai/calendrier.sunes", Text)]);
        Assert.False(compilation.HasErrors, string.Join(Environment.NewLine, compilation.Diagnostics));
        _compiled = Corpus.EmitAndLoad(compilation);
        _interpreted = InterpretedProgrammeRules.Create(compilation);
    }

    public void Dispose() => _compiled.Dispose();

    [Theory]
    [InlineData("2024-03-01", "2024-06-30", DomainStatus.Funded)]
    [InlineData("2024-02-29", "2024-06-30", DomainStatus.MeasuredOutsidePeriod)]
    [InlineData("2024-03-01", "2024-07-01", DomainStatus.MeasuredOutsidePeriod)]
    public void Measures_must_cover_days_of_the_measurement_period_only(string from, string to, DomainStatus expected)
    {
        var decision = Both(Candidacy("W1", measuredFrom: DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            measuredTo: DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, decision.FindDomain("DA")!.Status);
        if (expected == DomainStatus.MeasuredOutsidePeriod)
        {
            Assert.Equal(TimelinessIssueKind.MeasuredOutsidePeriod, decision.Timeliness!.Kind);
            Assert.Contains($"mesures du {from} au {to}, hors de la période de mesure de W1 du 1er mars 2024 au 30 juin 2024", decision.Explanation.French, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_measured_period_is_refused_naming_both_columns()
    {
        var builder = _compiled.Rules.Schema.NewCandidacy("750000010", "W1").RequestDomains("DA").InTerritory("Guadeloupe")
            .FiledOn(new DateOnly(2024, 1, 15)).ResultsTransmittedOn(new DateOnly(2024, 7, 1)).Set("engagement", true).MeasureRate("IA", 60m);

        var error = Assert.Throws<EvaluationException>(() => _compiled.Rules.Evaluate(builder.Build(), AsOf));

        Assert.Equal((EvaluationErrorKind.MissingFact, "mesurée_du, mesurée_au"), (error.Kind, error.Subject));
        Assert.Contains("mesures dans la période de mesure", error.FrenchMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Guadeloupe", Admissibility.Admissible)]
    [InlineData("martinique", Admissibility.Admissible)]
    [InlineData("France métropolitaine", Admissibility.Admissible)]
    [InlineData("La Réunion", Admissibility.Inadmissible)]
    public void Only_the_listed_overseas_territories_are_in_scope_besides_metropolitan_France(string territory, Admissibility expected) =>
        Assert.Equal(expected, Both(Candidacy("W1", territory: territory)).Admissibility);

    [Fact]
    public void A_volet_condition_makes_that_volet_inadmissible()
    {
        var decision = Both(Candidacy("W1", commitment: false));

        Assert.Equal(Admissibility.Inadmissible, decision.Admissibility);
        var issue = Assert.Single(decision.AdmissibilityIssues);
        Assert.Equal((AdmissibilityIssueKind.ConditionNotMet, "VA"), (issue.Kind, issue.VoletId));
    }

    [Fact]
    public void A_postponement_judged_by_the_later_window_uses_its_targets_degressivity_period_and_milestone()
    {
        var decision = Both(Candidacy("W1", postponed: true, rate: 55m, results: new DateOnly(2025, 1, 31),
            measuredFrom: new DateOnly(2024, 9, 1), measuredTo: new DateOnly(2024, 12, 31)));

        Assert.Equal(("W2", "W2", "W2", new DateOnly(2025, 1, 31)),
            (decision.Schedule!.MeasuredBy.Id, decision.Schedule.TargetsWindowId, decision.Schedule.DegressivityWindowId, decision.Milestone!.Value));
        var outcome = decision.FindIndicator("IA")!;
        Assert.Equal((IndicatorStatus.Missed, 60m), (outcome.Status, outcome.Threshold!.Points));
    }

    [Fact]
    public void The_day_after_the_later_milestone_is_late_and_a_window_without_postponement_refuses_the_request()
    {
        Assert.Equal(DomainStatus.Late, Both(Candidacy("W1", postponed: true, results: new DateOnly(2025, 2, 1),
            measuredFrom: new DateOnly(2024, 9, 1), measuredTo: new DateOnly(2024, 12, 31))).FindDomain("DA")!.Status);

        var error = Assert.Throws<EvaluationException>(() => _interpreted.Evaluate(Candidacy("W2", postponed: true).Build(_interpreted.Schema), AsOf));
        Assert.Equal(EvaluationErrorKind.PostponementNotOffered, error.Kind);
    }

    /// <summary>The decision of the compiled rules, after checking the interpreter gives the very same one.</summary>
    private Decision Both(CandidacyCase @case)
    {
        Assert.Null(DifferentialCheck.Difference(_interpreted, _compiled.Rules, @case));
        return _compiled.Rules.Evaluate(@case.Build(_compiled.Rules.Schema), AsOf);
    }

    private static CandidacyCase Candidacy(string window, string territory = "Guadeloupe", bool commitment = true, bool postponed = false, decimal rate = 60m,
        DateOnly? results = null, DateOnly? measuredFrom = null, DateOnly? measuredTo = null)
    {
        var filed = window == "W1" ? new DateOnly(2024, 1, 15) : new DateOnly(2024, 7, 15);
        var measured = window == "W1" ? (From: new DateOnly(2024, 3, 1), To: new DateOnly(2024, 6, 30)) : (From: new DateOnly(2024, 9, 1), To: new DateOnly(2024, 12, 31));
        return new CandidacyCase("750000010", window, ["DA"], postponed, [],
            [new DatumCase("engagement", commitment)], [new MeasureCase("IA", MeasureKind.Rate, rate, 0, false)], AsOf)
        {
            Calendar = new CalendarCase(filed, results ?? (window == "W1" ? new DateOnly(2024, 7, 1) : new DateOnly(2025, 1, 1)),
                measuredFrom ?? measured.From, measuredTo ?? measured.To, territory),
        };
    }
}
