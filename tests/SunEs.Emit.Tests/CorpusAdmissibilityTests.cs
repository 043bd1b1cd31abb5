using SunEs.Emit.Tests.Support;
using SunEs.Runtime;
using static SunEs.Emit.Tests.Support.Candidacies;

namespace SunEs.Emit.Tests;

/// <summary>Admissibility (windows of the volet, prerequisites and their tolerance) and eligibility, on the corpus.</summary>
public sealed class CorpusAdmissibilityTests(EmittedCorpus corpus) : IClassFixture<EmittedCorpus>
{
    private static readonly DateOnly April2023 = new(2023, 4, 1);

    private IProgrammeRules Rules => corpus.Rules;

    [Fact]
    public void A_security_prerequisite_not_met_is_tolerated_in_F1()
    {
        var decision = Rules.Evaluate(DischargeDocuments(Rules, "F1").PrerequisiteNotMet("PS2.2").MeasureRate("DS1.3", 61m).Build(), April2023);

        Assert.True(decision.IsAdmissible);
        Assert.True(decision.FindDomain("D1")!.IsFunded);
        AssertThresholdsSourced(decision);
    }

    [Fact]
    public void The_same_prerequisite_not_met_in_F2_makes_the_candidacy_inadmissible()
    {
        var decision = Rules.Evaluate(DischargeDocuments(Rules, "F2").PrerequisiteNotMet("PS2.2").Build(), April2023);

        Assert.False(decision.IsAdmissible);
        var issue = Assert.Single(decision.AdmissibilityIssues);
        Assert.Equal((AdmissibilityIssueKind.PrerequisiteNotMet, "V1", "PS2.2"), (issue.Kind, issue.VoletId, issue.SubjectId));
        Assert.Equal("DGOS/PF5/DNS/CTO/2021/167", issue.Rule!.InstructionNumber);
        Assert.Equal(DomainStatus.Inadmissible, decision.FindDomain("D1")!.Status);
        Assert.Equal(0m, decision.Total);
        Assert.Contains("prérequis PS2.2 non atteint (volet V1)", decision.Explanation.French, StringComparison.Ordinal);
    }

    [Fact]
    public void Volet_2_alone_still_requires_the_volet_1_prerequisites()
    {
        var candidacy = Hospital(Rules, "F2").RequestDomains("D4").PrerequisiteNotMet("PS1.1").Build();

        var decision = Rules.Evaluate(candidacy, April2023);

        Assert.False(decision.IsAdmissible);
        var issue = Assert.Single(decision.AdmissibilityIssues);
        Assert.Equal((AdmissibilityIssueKind.PrerequisiteNotMet, "V2", "PS1.1"), (issue.Kind, issue.VoletId, issue.SubjectId));
    }

    [Fact]
    public void A_window_outside_the_volet_makes_the_candidacy_inadmissible()
    {
        var decision = Rules.Evaluate(Hospital(Rules, "F1").RequestDomains("D4").Build(), April2023);

        var issue = Assert.Single(decision.AdmissibilityIssues);
        Assert.Equal((AdmissibilityIssueKind.WindowNotInVolet, "V2", "F1"), (issue.Kind, issue.VoletId, issue.SubjectId));
        Assert.Equal(("DGOS/PF5/DNS/2022/40", 32), (issue.Rule!.InstructionNumber, issue.Rule.Line));
    }

    [Fact]
    public void Biology_without_an_internal_laboratory_is_ineligible_and_needs_no_measure()
    {
        var candidacy = Hospital(Rules, "F2").RequestDomains("D2").Set("laboratoire_interne", false).Build();

        var decision = Rules.Evaluate(candidacy, April2023);

        var d2 = decision.FindDomain("D2")!;
        Assert.Equal(DomainStatus.Ineligible, d2.Status);
        Assert.False(d2.IsEligible);
        Assert.Equal(("éligible si laboratoire_interne", 94), (d2.EligibilityRule!.Excerpt, d2.EligibilityRule.Line));
        Assert.Empty(d2.Indicators);
        Assert.Contains("D2 inéligible", decision.Explanation.French, StringComparison.Ordinal);
    }

    [Fact]
    public void Volet_2_is_judged_on_rates_and_a_yes_no_target()
    {
        var candidacy = Hospital(Rules, "F3").RequestDomains("D4").Set("forfait_d4", 20_000m)
            .MeasureRate("DS4.1", 50m).MeasureRatio("DS4.2", 1, 2).MeasureYesNo("DS4.3", true).Build();

        var decision = Rules.Evaluate(candidacy, April2023);

        Assert.Equal(18_000m, decision.FindDomain("D4")!.FundedAmount);
        Assert.Equal(ThresholdKind.Yes, decision.FindIndicator("DS4.3")!.Threshold!.Kind);
        AssertThresholdsSourced(decision);
    }

    [Fact]
    public void A_yes_no_target_answered_no_is_missed()
    {
        var candidacy = Hospital(Rules, "F3").RequestDomains("D4").Set("forfait_d4", 20_000m)
            .MeasureRate("DS4.1", 50m).MeasureRatio("DS4.2", 1, 2).MeasureYesNo("DS4.3", false).Build();

        var decision = Rules.Evaluate(candidacy, April2023);

        Assert.Equal(IndicatorStatus.Missed, decision.FindIndicator("DS4.3")!.Status);
        Assert.False(decision.FindDomain("D4")!.IsFunded);
    }
}
