using System.Diagnostics;
using SunEs.Emit.Tests.Support;
using SunEs.Runtime;
using static SunEs.Emit.Tests.Support.Candidacies;

namespace SunEs.Emit.Tests;

/// <summary>What the rules refuse to judge: missing or impossible values fail loudly, naming the value and the establishment.</summary>
public sealed class CorpusEvaluationErrorTests(EmittedCorpus corpus) : IClassFixture<EmittedCorpus>
{
    private static readonly DateOnly April2023 = new(2023, 4, 1);

    private IProgrammeRules Rules => corpus.Rules;

    [Fact]
    public void A_missing_datum_names_it_and_the_establishment()
    {
        var candidacy = Hospital(Rules, "F2").RequestDomains("D1").Set("activité_chirurgie", false)
            .MeasureRate("DS1.1", 60m).MeasureRatio("DS1.2", 480, 1_000).Build();

        var error = Assert.Throws<EvaluationException>(() => Rules.Evaluate(candidacy, April2023));

        Assert.Equal((EvaluationErrorKind.MissingDatum, "forfait_d1", Establishment), (error.Kind, error.Subject, error.Establishment));
        Assert.Contains("« forfait_d1 »", error.FrenchMessage, StringComparison.Ordinal);
        Assert.Contains("établissement 750000010", error.FrenchMessage, StringComparison.Ordinal);
        Assert.Contains("'forfait_d1'", error.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("establishment 750000010", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stack_trace_of_a_failure_lands_on_the_instruction_line()
    {
        var candidacy = Hospital(Rules, "F2").RequestDomains("D1").Set("activité_chirurgie", false)
            .MeasureRate("DS1.1", 60m).MeasureRatio("DS1.2", 480, 1_000).Build();

        var error = Assert.Throws<EvaluationException>(() => Rules.Evaluate(candidacy, April2023));

        var frames = new StackTrace(error, fNeedFileInfo: true).GetFrames();
        Assert.Contains(frames, frame => frame.GetFileName() == "instructions/2021-167.sunes" && frame.GetFileLineNumber() == 71);
    }

    [Fact]
    public void A_missing_measure_of_a_target_names_the_indicator()
    {
        var candidacy = Hospital(Rules, "F2").RequestDomains("D1").Set("forfait_d1", 1m).Set("activité_chirurgie", false)
            .MeasureRatio("DS1.2", 480, 1_000).Build();

        var error = Assert.Throws<EvaluationException>(() => Rules.Evaluate(candidacy, April2023));

        Assert.Equal((EvaluationErrorKind.MissingMeasure, "DS1.1", Establishment), (error.Kind, error.Subject, error.Establishment));
        Assert.Contains("séjours_ldl / séjours", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numerator_above_its_denominator_is_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => Hospital(Rules, "F2").MeasureRatio("DS1.2", 1_001, 1_000));

        Assert.Equal((EvaluationErrorKind.NumeratorAboveDenominator, "DS1.2", Establishment), (error.Kind, error.Subject, error.Establishment));
    }

    [Fact]
    public void Data_counts_above_their_denominator_are_rejected_when_the_rate_is_read()
    {
        var candidacy = Hospital(Rules, "F2").RequestDomains("D1").Set("activité_chirurgie", false)
            .Set("séjours_ldl", 1_200m).Set("séjours", 1_000m).MeasureRatio("DS1.2", 480, 1_000).Build();

        var error = Assert.Throws<EvaluationException>(() => Rules.Evaluate(candidacy, April2023));

        Assert.Equal((EvaluationErrorKind.NumeratorAboveDenominator, "DS1.1"), (error.Kind, error.Subject));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    public void A_rate_outside_0_to_100_percent_is_rejected(double points)
    {
        var error = Assert.Throws<EvaluationException>(() => Hospital(Rules, "F2").MeasureRate("DS1.1", (decimal)points));

        Assert.Equal((EvaluationErrorKind.RateOutOfRange, "DS1.1"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Negative_counts_are_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => Hospital(Rules, "F2").MeasureRatio("DS1.2", -1, 1_000));

        Assert.Equal((EvaluationErrorKind.NegativeCount, "DS1.2"), (error.Kind, error.Subject));
    }

    [Fact]
    public void An_unknown_window_is_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => Rules.Schema.NewCandidacy(Establishment, "F9"));

        Assert.Equal((EvaluationErrorKind.UnknownWindow, "F9", Establishment), (error.Kind, error.Subject, error.Establishment));
    }

    [Fact]
    public void A_date_before_the_first_instruction_has_no_rules()
    {
        var error = Assert.Throws<EvaluationException>(() => Rules.Evaluate(DischargeDocuments(Rules).Build(), new DateOnly(2021, 7, 25)));

        Assert.Equal(EvaluationErrorKind.NoRulesInForce, error.Kind);
        Assert.Contains("2021-07-26", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_domain_not_yet_declared_on_the_date_is_rejected()
    {
        var candidacy = Hospital(Rules, "F2").RequestDomains("D4").Build();

        var error = Assert.Throws<EvaluationException>(() => Rules.Evaluate(candidacy, new DateOnly(2022, 1, 1)));

        Assert.Equal((EvaluationErrorKind.UnknownDomain, "D4"), (error.Kind, error.Subject));
    }

    [Fact]
    public void An_undeclared_prerequisite_status_is_an_error_not_a_pass()
    {
        var candidacy = WithFacts(Rules, "F2").RequestDomains("D1").PrerequisiteMet("PS1.1").Build();

        var error = Assert.Throws<EvaluationException>(() => Rules.Evaluate(candidacy, April2023));

        Assert.Equal((EvaluationErrorKind.MissingPrerequisiteStatus, "PS1.2"), (error.Kind, error.Subject));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => Hospital(Rules, "F2").Set("activité_chirurgie", 1m));

        Assert.Equal((EvaluationErrorKind.WrongValueKind, "activité_chirurgie"), (error.Kind, error.Subject));
    }
}
