using SunEs.Runtime;
using static SunEs.Benchmarks.HandWritten.Rules2023;

namespace SunEs.Benchmarks.HandWritten;

/// <summary>
/// The 2023/28 rules written by hand against the runtime contract: what a careful developer
/// would write for this one date — slots resolved by name once, thresholds in arrays indexed by
/// window, formulas inlined, no epoch dispatch — producing the same <see cref="Decision"/> as the
/// generated code (checked by the benchmark tests). The baseline the generated code is measured against.
/// </summary>
public sealed class HandWrittenRules : IProgrammeRules
{
    private readonly int _d1, _d2, _d3, _d4;
    private readonly int _surgery, _laboratory, _imaging;
    private readonly int _forfaitD1, _forfaitD2, _forfaitD3, _forfaitD4, _historicBonus;
    private readonly int _osisPrerequisites, _osisCommitment;

    /// <summary>Reads candidacies built with <paramref name="rules"/>' schema, so both judge the very same candidacies.</summary>
    public HandWrittenRules(IProgrammeRules rules)
    {
        Programme = rules.Programme;
        Schema = rules.Schema;
        (_d1, _d2, _d3, _d4) = (Domain("D1"), Domain("D2"), Domain("D3"), Domain("D4"));
        (_surgery, _laboratory, _imaging) = (Datum("activité_chirurgie"), Datum("laboratoire_interne"), Datum("imagerie_interne"));
        (_forfaitD1, _forfaitD2, _forfaitD3, _forfaitD4) = (Datum("forfait_d1"), Datum("forfait_d2"), Datum("forfait_d3"), Datum("forfait_d4"));
        _historicBonus = Datum("bonus_historique");
        (_osisPrerequisites, _osisCommitment) = (Datum("prérequis_saisis_osis"), Datum("engagement_cibles_osis"));
    }

    public ProgrammeInfo Programme { get; }

    public CandidacySchema Schema { get; }

    /// <summary>Only the rules in force since 2023-03-21 are written here.</summary>
    public Decision Evaluate(Candidacy candidacy, DateOnly asOf)
    {
        if (asOf < Info.StartsOn)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, "The hand-written rules are those in force since 2023-03-21.");
        }

        var decision = new DecisionBuilder(candidacy, asOf, Info);
        var window = candidacy.WindowSlot;
        decision.RequireTerritory(Territory);
        decision.RequireFiledDuringCandidacyPeriod(FilingRule);
        decision.RequireCondition(candidacy.ReadBoolean(_osisPrerequisites) && candidacy.ReadBoolean(_osisCommitment), OsisCondition);
        if (candidacy.IsDomainRequested(_d1) || candidacy.IsDomainRequested(_d2) || candidacy.IsDomainRequested(_d3))
        {
            decision.StartVolet(V1);
            if (window > 3)
            {
                decision.WindowNotInVolet(V1);
            }

            RequireCommonPrerequisites(decision, V1, window);
        }

        if (candidacy.IsDomainRequested(_d4))
        {
            decision.StartVolet(V2);
            if (window is < 1 or > 3)
            {
                decision.WindowNotInVolet(V2);
            }

            RequireCommonPrerequisites(decision, V2, window);
            decision.RequirePrerequisite(V2, PS4_1, false);
        }

        if (!decision.AnyVoletAdmissible)
        {
            return decision.Build();
        }

        decision.UseSchedule(OwnSchedules, PostponedSchedules);
        decision.CheckResultsByMilestone(ResultsRule);
        var (targets, degressivity) = (decision.TargetsWindowSlot, decision.DegressivityWindowSlot);
        var volet1 = decision.IsVoletAdmissible(V1);
        if (volet1 && candidacy.IsDomainRequested(_d1))
        {
            DischargeDocuments(candidacy, decision.StartDomain(D1), targets, degressivity);
        }

        if (volet1 && candidacy.IsDomainRequested(_d2))
        {
            SingleIndicator(candidacy, decision.StartDomain(D2), targets, degressivity, _laboratory, D2Eligibility, DS2_1, DS2_1Targets, _forfaitD2, D2Forfait);
        }

        if (volet1 && candidacy.IsDomainRequested(_d3))
        {
            SingleIndicator(candidacy, decision.StartDomain(D3), targets, degressivity, _imaging, D3Eligibility, DS3_1, DS3_1Targets, _forfaitD3, D3Forfait);
        }

        if (candidacy.IsDomainRequested(_d4) && decision.IsVoletAdmissible(V2))
        {
            SecureMessaging(candidacy, decision.StartDomain(D4), targets, degressivity);
        }

        return decision.Build();
    }

    private static void RequireCommonPrerequisites(DecisionBuilder decision, VoletInfo volet, int window)
    {
        decision.RequirePrerequisite(volet, PS1_1, false);
        decision.RequirePrerequisite(volet, PS1_2, false);
        decision.RequirePrerequisite(volet, PS2_1, window == 0);
        decision.RequirePrerequisite(volet, PS2_2, window == 0);
        decision.RequirePrerequisite(volet, PS3_1, false);
        decision.RequirePrerequisite(volet, PS3_2, false);
    }

    private void DischargeDocuments(Candidacy candidacy, DomainEvaluation domain, int targets, int degressivity)
    {
        if (domain.CloseIfUntimely())
        {
            return;
        }

        domain.Check(DS1_1, DS1_1Targets[targets], true, null);
        domain.Check(DS1_2, DS1_2Targets[targets], true, null);
        domain.Check(DS1_3, DS1_3Targets[targets], candidacy.ReadBoolean(_surgery), DS1_3Applicability);
        domain.Check(DS1_4, DS1_4Targets[targets], true, null);
        if (domain.CloseIfTargetsMissed())
        {
            return;
        }

        var forfait = domain.ApplyDegressivity(candidacy.ReadNumber(_forfaitD1), D1Forfait, V1Degressivity[degressivity]);
        if (domain.IsBonusEarned(DS1_3))
        {
            domain.AddBonus(DS1_3, forfait * 10m / 100m, DS1_3Bonus);
        }

        if (domain.IsBonusEarned(DS1_4))
        {
            domain.AddBonus(DS1_4, candidacy.ReadNumber(_historicBonus), DS1_4Bonus);
        }

        domain.Funded(Info.Rounding);
    }

    /// <summary>D2 and D3: an eligibility flag, one rate, the forfait.</summary>
    private static void SingleIndicator(Candidacy candidacy, DomainEvaluation domain, int targetsWindow, int degressivityWindow, int eligibilitySlot,
        Provenance eligibility, IndicatorInfo indicator, Threshold?[] targets, int forfaitSlot, Provenance forfaitRule)
    {
        if (domain.CloseIfUntimely())
        {
            return;
        }

        if (!candidacy.ReadBoolean(eligibilitySlot))
        {
            domain.Ineligible(eligibility);
            return;
        }

        domain.Eligible(eligibility);
        domain.Check(indicator, targets[targetsWindow], true, null);
        if (domain.CloseIfTargetsMissed())
        {
            return;
        }

        domain.ApplyDegressivity(candidacy.ReadNumber(forfaitSlot), forfaitRule, V1Degressivity[degressivityWindow]);
        domain.Funded(Info.Rounding);
    }

    private void SecureMessaging(Candidacy candidacy, DomainEvaluation domain, int targets, int degressivity)
    {
        if (domain.CloseIfUntimely())
        {
            return;
        }

        domain.Check(DS4_1, DS4_1Targets[targets], true, null);
        domain.Check(DS4_2, DS4_2Targets[targets], true, null);
        domain.Check(DS4_3, DS4_3Targets[targets], true, null);
        if (domain.CloseIfTargetsMissed())
        {
            return;
        }

        domain.ApplyDegressivity(candidacy.ReadNumber(_forfaitD4), D4Forfait, V2Degressivity[degressivity]);
        domain.Funded(Info.Rounding);
    }

    private int Domain(string id) => Schema.FindDomain(id)?.Slot ?? throw new ArgumentException($"The rules have no domain {id}.");

    private int Datum(string id) => Schema.FindData(id)?.Slot ?? throw new ArgumentException($"The rules have no datum {id}.");
}
