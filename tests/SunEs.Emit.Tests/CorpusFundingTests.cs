using SunEs.Emit.Tests.Support;
using SunEs.Runtime;
using static SunEs.Emit.Tests.Support.Candidacies;

namespace SunEs.Emit.Tests;

/// <summary>The corpus compiled and run: amounts, targets and bonuses of the domain D1 "Documents de sortie".</summary>
public sealed class CorpusFundingTests(EmittedCorpus corpus) : IClassFixture<EmittedCorpus>
{
    private static readonly DateOnly April2023 = new(2023, 4, 1);

    private IProgrammeRules Rules => corpus.Rules;

    [Fact]
    public void All_targets_met_in_F2_funds_D1_at_90_percent_plus_the_CRO_bonus()
    {
        var decision = Rules.Evaluate(DischargeDocuments(Rules).MeasureRate("DS1.3", 61m).Build(), April2023);

        Assert.True(decision.IsAdmissible);
        var d1 = decision.FindDomain("D1")!;
        Assert.Equal(DomainStatus.Funded, d1.Status);
        var amount = d1.Amount!;
        Assert.Equal(100_000m, amount.BaseForfait);
        Assert.Equal(90m, amount.Degressivity.Points);
        Assert.Equal("DGOS/PF5/DNS/CTO/2021/167", amount.Degressivity.Provenance.InstructionNumber);
        Assert.Equal(90_000m, amount.DegressedForfait);
        var bonus = Assert.Single(amount.Bonuses);
        Assert.Equal(("DS1.3", 9_000m), (bonus.IndicatorId, bonus.Amount));
        Assert.Equal(99_000m, amount.Total);
        Assert.Equal(99_000m, decision.Total);

        Assert.Equal(IndicatorStatus.Met, decision.FindIndicator("DS1.1")!.Status);
        Assert.Equal(IndicatorStatus.Met, decision.FindIndicator("DS1.2")!.Status);
        Assert.Equal(IndicatorStatus.Met, decision.FindIndicator("DS1.3")!.Status);
        Assert.Equal(IndicatorStatus.NotMeasured, decision.FindIndicator("DS1.4")!.Status);
        Assert.All(decision.ThresholdsUsed, threshold => Assert.Equal("DGOS/PF5/DNS/2023/28", threshold.Provenance.InstructionNumber));
        AssertThresholdsSourced(decision);
        Assert.Contains("D1 financé 99", decision.Explanation.French, StringComparison.Ordinal);
        Assert.Contains("D1 funded €99,000.00", decision.Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_missed_by_a_tenth_of_a_point_leaves_D1_unfunded_and_says_which_threshold()
    {
        var candidacy = Hospital(Rules, "F2").RequestDomains("D1")
            .Set("forfait_d1", 100_000m).Set("activité_chirurgie", false)
            .MeasureRate("DS1.1", 54.9m).MeasureRatio("DS1.2", 480, 1_000).Build();

        var decision = Rules.Evaluate(candidacy, April2023);

        var d1 = decision.FindDomain("D1")!;
        Assert.Equal(DomainStatus.TargetsMissed, d1.Status);
        Assert.Null(d1.Amount);
        Assert.Equal(0m, decision.Total);
        var ds11 = d1.FindIndicator("DS1.1")!;
        Assert.Equal(IndicatorStatus.Missed, ds11.Status);
        Assert.Equal(54.9m, ds11.Measured!.Value.Points);
        Assert.Equal(55m, ds11.Threshold!.Points);
        Assert.Equal(("DGOS/PF5/DNS/2023/28", "instructions/2023-28.sunes", 90, "55 %"),
            (ds11.Threshold.Provenance.InstructionNumber, ds11.Threshold.Provenance.SourcePath, ds11.Threshold.Provenance.Line, ds11.Threshold.Provenance.Excerpt));
        Assert.Equal("59 %", ds11.Threshold.Provenance.Replaced?.Excerpt);
        AssertThresholdsSourced(decision);
        Assert.Contains("DS1.1 54,9", decision.Explanation.French, StringComparison.Ordinal);
        Assert.Contains("DGOS/PF5/DNS/2023/28, ligne 90", decision.Explanation.French, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 61.0, IndicatorStatus.Met, 99_000)]
    [InlineData(true, 54.99, IndicatorStatus.Missed, 90_000)]
    [InlineData(false, null, IndicatorStatus.NotApplicable, 90_000)]
    public void The_CRO_bonus_is_paid_only_when_applicable_and_met(bool surgery, double? cro, IndicatorStatus expected, int total)
    {
        var builder = DischargeDocuments(Rules, surgery: surgery);
        if (cro is { } rate)
        {
            builder.MeasureRate("DS1.3", (decimal)rate);
        }

        var decision = Rules.Evaluate(builder.Build(), April2023);

        var ds13 = decision.FindIndicator("DS1.3")!;
        Assert.Equal(expected, ds13.Status);
        Assert.Equal(expected != IndicatorStatus.NotApplicable, ds13.IsApplicable);
        Assert.Equal(surgery ? null : "applicable si activité_chirurgie", surgery ? null : ds13.ApplicabilityRule?.Excerpt);
        Assert.True(decision.FindDomain("D1")!.IsFunded);
        Assert.Equal((decimal)total, decision.Total);
        AssertThresholdsSourced(decision);
    }

    [Fact]
    public void The_historical_documents_bonus_adds_its_notified_amount()
    {
        var candidacy = DischargeDocuments(Rules, surgery: false)
            .MeasureRatio("DS1.4", 55, 100).Set("bonus_historique", 5_000.005m).Build();

        var decision = Rules.Evaluate(candidacy, April2023);

        var amount = decision.FindDomain("D1")!.Amount!;
        Assert.Equal(95_000.005m, amount.Unrounded);
        Assert.Equal(95_000.01m, amount.Total);
        Assert.Null(amount.Rounding.Provenance);
    }

    [Fact]
    public void The_same_candidacy_changes_outcome_the_day_2023_28_applies()
    {
        var candidacy = Hospital(Rules, "F2").RequestDomains("D1").ResultsTransmittedOn(new DateOnly(2022, 12, 31))
            .Set("forfait_d1", 100_000m).Set("activité_chirurgie", false)
            .MeasureRate("DS1.1", 56m).MeasureRatio("DS1.2", 480, 1_000).Build();

        var before = Rules.Evaluate(candidacy, new DateOnly(2023, 3, 20));
        var after = Rules.Evaluate(candidacy, new DateOnly(2023, 3, 21));

        var missed = before.FindIndicator("DS1.1")!;
        Assert.Equal((IndicatorStatus.Missed, 59m, "DGOS/PF5/DNS/CTO/2021/167"), (missed.Status, missed.Threshold!.Points, missed.Threshold.Provenance.InstructionNumber));
        Assert.False(before.FindDomain("D1")!.IsFunded);
        Assert.Equal(new DateOnly(2022, 3, 29), before.Epoch.StartsOn);

        var met = after.FindIndicator("DS1.1")!;
        Assert.Equal((IndicatorStatus.Met, 55m, "DGOS/PF5/DNS/2023/28"), (met.Status, met.Threshold!.Points, met.Threshold.Provenance.InstructionNumber));
        Assert.Equal(90_000m, after.Total);
        Assert.Equal(new DateOnly(2023, 3, 21), after.Epoch.StartsOn);
        AssertThresholdsSourced(before);
        AssertThresholdsSourced(after);
    }

    [Fact]
    public void A_rate_is_computed_from_its_numerator_and_denominator_data_when_no_measure_is_given()
    {
        var candidacy = Hospital(Rules, "F2").RequestDomains("D1")
            .Set("forfait_d1", 100_000m).Set("activité_chirurgie", false)
            .Set("séjours_ldl", 549m).Set("séjours", 1_000m).MeasureRatio("DS1.2", 480, 1_000).Build();

        var ds11 = Rules.Evaluate(candidacy, April2023).FindIndicator("DS1.1")!;

        Assert.Equal(MeasureKind.Ratio, ds11.Measured!.Value.Kind);
        Assert.Equal(54.9m, ds11.Measured.Value.Points);
        Assert.Equal(IndicatorStatus.Missed, ds11.Status);
    }

    [Fact]
    public void The_milestone_follows_a_granted_postponement()
    {
        var plain = Rules.Evaluate(DischargeDocuments(Rules, "F1").MeasureRate("DS1.3", 61m).Build(), April2023);
        var postponed = Rules.Evaluate(DischargeDocuments(Rules, "F1").MeasureRate("DS1.3", 61m).RequestPostponement().Build(), April2023);

        Assert.Equal(new DateOnly(2022, 9, 30), plain.Milestone);
        Assert.Equal(("F2", new DateOnly(2023, 3, 31)), (postponed.MilestoneWindow!.Id, postponed.Milestone));
        Assert.Equal(110_000m, plain.Total);
    }
}
