using SunEs.Runtime;
using static SunEs.Benchmarks.HandWritten.Rules2023;

namespace SunEs.Benchmarks.HandWritten;

/// <summary>
/// The 2023/28 rules in plain C#, without the runtime contract: no decision builder, no records of
/// indicators, thresholds or provenance — the figures of <see cref="Rules2023"/> as arrays of
/// numbers and dates, the candidacy read through its slots, the result a value on the stack. Same
/// admissibility, statuses and amounts as the generated code (checked on every candidacy before
/// timing); nothing else. The physical limit of evaluating these rules from a <see cref="Candidacy"/>.
/// </summary>
public sealed class PlainRules
{
    private static readonly DateOnly[] CandidacyStart = [.. Info.Windows.Select(window => window.CandidacyStart!.Value)];
    private static readonly DateOnly[] CandidacyEnd = [.. Info.Windows.Select(window => window.CandidacyEnd!.Value)];
    private static readonly DateOnly[] Milestone = [.. Info.Windows.Select(window => window.Milestone!.Value)];
    private static readonly decimal?[] DS11 = Points(DS1_1Targets), DS12 = Points(DS1_2Targets), DS13 = Points(DS1_3Targets), DS14 = Points(DS1_4Targets);
    private static readonly decimal?[] DS21 = Points(DS2_1Targets), DS31 = Points(DS3_1Targets), DS41 = Points(DS4_1Targets), DS42 = Points(DS4_2Targets);
    private static readonly bool[] DS43Required = [.. DS4_3Targets.Select(target => target is not null)];
    private static readonly decimal?[] Volet1Degressivity = [.. V1Degressivity.Select(rate => rate?.Points)];
    private static readonly decimal?[] Volet2Degressivity = [.. V2Degressivity.Select(rate => rate?.Points)];

    private readonly int _d1, _d2, _d3, _d4;
    private readonly int _surgery, _laboratory, _imaging, _forfaitD1, _forfaitD2, _forfaitD3, _forfaitD4, _historicBonus, _osisPrerequisites, _osisCommitment;

    public PlainRules(CandidacySchema schema)
    {
        int Domain(string id) => schema.FindDomain(id)!.Slot;
        int Datum(string id) => schema.FindData(id)!.Slot;
        (_d1, _d2, _d3, _d4) = (Domain("D1"), Domain("D2"), Domain("D3"), Domain("D4"));
        (_surgery, _laboratory, _imaging) = (Datum("activité_chirurgie"), Datum("laboratoire_interne"), Datum("imagerie_interne"));
        (_forfaitD1, _forfaitD2, _forfaitD3, _forfaitD4) = (Datum("forfait_d1"), Datum("forfait_d2"), Datum("forfait_d3"), Datum("forfait_d4"));
        (_historicBonus, _osisPrerequisites, _osisCommitment) = (Datum("bonus_historique"), Datum("prérequis_saisis_osis"), Datum("engagement_cibles_osis"));
    }

    public PlainDecision Evaluate(Candidacy candidacy)
    {
        var window = candidacy.WindowSlot;
        var filedOn = candidacy.FiledOn!.Value;
        var wide = Territory.Includes(candidacy.Territory!)
            && filedOn >= CandidacyStart[window] && filedOn <= CandidacyEnd[window]
            && candidacy.ReadBoolean(_osisPrerequisites) && candidacy.ReadBoolean(_osisCommitment);
        var asksVolet1 = candidacy.IsDomainRequested(_d1) || candidacy.IsDomainRequested(_d2) || candidacy.IsDomainRequested(_d3);
        var asksVolet2 = candidacy.IsDomainRequested(_d4);
        var volet1 = asksVolet1 && Prerequisites(candidacy, window) & wide;
        var volet2 = asksVolet2 && (window is >= 1 and <= 3) & Prerequisites(candidacy, window) & Met(candidacy, PS4_1.Slot) & wide;
        var requested = (asksVolet1 ? 1 : 0) + (asksVolet2 ? 1 : 0);
        var admissible = (volet1 ? 1 : 0) + (volet2 ? 1 : 0);
        var admissibility = admissible == requested && requested > 0 ? Admissibility.Admissible : admissible > 0 ? Admissibility.PartlyAdmissible : Admissibility.Inadmissible;
        if (admissible == 0)
        {
            return new PlainDecision(admissibility, 0m, Closed(candidacy, _d1), Closed(candidacy, _d2), Closed(candidacy, _d3), Closed(candidacy, _d4));
        }

        var (targets, degressivity, milestone) = candidacy.PostponementRequested
            ? window == 0 ? (0, 0, Milestone[1]) : throw new InvalidOperationException("Only F1 offers a postponement.")
            : (window, window, Milestone[window]);
        var late = candidacy.ResultsOn!.Value > milestone;
        var d1 = !candidacy.IsDomainRequested(_d1) ? default : !volet1 ? Inadmissible : late ? Late : DischargeDocuments(candidacy, targets, degressivity);
        var d2 = !candidacy.IsDomainRequested(_d2) ? default : !volet1 ? Inadmissible : late ? Late
            : SingleRate(candidacy, _laboratory, DS2_1.Slot, DS2_1.NumeratorSlot, DS2_1.DenominatorSlot, DS21[targets], _forfaitD2, Volet1Degressivity[degressivity]);
        var d3 = !candidacy.IsDomainRequested(_d3) ? default : !volet1 ? Inadmissible : late ? Late
            : SingleRate(candidacy, _imaging, DS3_1.Slot, DS3_1.NumeratorSlot, DS3_1.DenominatorSlot, DS31[targets], _forfaitD3, Volet1Degressivity[degressivity]);
        var d4 = !candidacy.IsDomainRequested(_d4) ? default : !volet2 ? Inadmissible : late ? Late : SecureMessaging(candidacy, targets, degressivity);
        return new PlainDecision(admissibility, d1.Amount + d2.Amount + d3.Amount + d4.Amount, d1, d2, d3, d4);
    }

    private static PlainDomain Inadmissible => new(true, DomainStatus.Inadmissible, 0m);

    private static PlainDomain Late => new(true, DomainStatus.Late, 0m);

    private static PlainDomain Closed(Candidacy candidacy, int domain) => candidacy.IsDomainRequested(domain) ? Inadmissible : default;

    private static bool Prerequisites(Candidacy candidacy, int window) =>
        Met(candidacy, PS1_1.Slot) & Met(candidacy, PS1_2.Slot) & (window == 0 || Met(candidacy, PS2_1.Slot)) & (window == 0 || Met(candidacy, PS2_2.Slot))
        & Met(candidacy, PS3_1.Slot) & Met(candidacy, PS3_2.Slot);

    private static bool Met(Candidacy candidacy, int prerequisite) => candidacy.GetPrerequisiteStatus(prerequisite) switch
    {
        PrerequisiteStatus.Met => true,
        PrerequisiteStatus.NotMet => false,
        _ => throw new InvalidOperationException("Every prerequisite is declared in the benchmark candidacies."),
    };

    private PlainDomain DischargeDocuments(Candidacy candidacy, int targets, int degressivity)
    {
        if (!(Reaches(candidacy.ReadRate(DS1_1.Slot, DS1_1.NumeratorSlot, DS1_1.DenominatorSlot), DS11[targets])
            & Reaches(candidacy.ReadRate(DS1_2.Slot, DS1_2.NumeratorSlot, DS1_2.DenominatorSlot), DS12[targets])))
        {
            return new(true, DomainStatus.TargetsMissed, 0m);
        }

        var forfait = Degressed(candidacy.ReadNumber(_forfaitD1), Volet1Degressivity[degressivity]);
        var total = forfait;
        if (candidacy.ReadBoolean(_surgery) && DS13[targets] is { } surgery && candidacy.FindRate(DS1_3.Slot, DS1_3.NumeratorSlot, DS1_3.DenominatorSlot) is { } operated && operated.Reaches(surgery))
        {
            total += forfait * 10m / 100m;
        }

        if (DS14[targets] is { } history && candidacy.FindRate(DS1_4.Slot, DS1_4.NumeratorSlot, DS1_4.DenominatorSlot) is { } documents && documents.Reaches(history))
        {
            total += candidacy.ReadNumber(_historicBonus);
        }

        return Funded(total);
    }

    private static PlainDomain SingleRate(Candidacy candidacy, int eligibility, int indicator, int numerator, int denominator, decimal? target, int forfait, decimal? degressivity)
    {
        if (!candidacy.ReadBoolean(eligibility))
        {
            return new(true, DomainStatus.Ineligible, 0m);
        }

        return target is { } points && !candidacy.ReadRate(indicator, numerator, denominator).Reaches(points)
            ? new(true, DomainStatus.TargetsMissed, 0m)
            : Funded(Degressed(candidacy.ReadNumber(forfait), degressivity));
    }

    private PlainDomain SecureMessaging(Candidacy candidacy, int targets, int degressivity)
    {
        var met = Reaches(candidacy.ReadRate(DS4_1.Slot, DS4_1.NumeratorSlot, DS4_1.DenominatorSlot), DS41[targets])
            & Reaches(candidacy.ReadRate(DS4_2.Slot, DS4_2.NumeratorSlot, DS4_2.DenominatorSlot), DS42[targets])
            & (!DS43Required[targets] || candidacy.ReadYesNo(DS4_3.Slot).YesNo);
        return met ? Funded(Degressed(candidacy.ReadNumber(_forfaitD4), Volet2Degressivity[degressivity])) : new(true, DomainStatus.TargetsMissed, 0m);
    }

    /// <summary>No target in the window is no target to miss.</summary>
    private static bool Reaches(MeasuredValue measured, decimal? target) => target is not { } points || measured.Reaches(points);

    private static decimal Degressed(decimal forfait, decimal? points) =>
        forfait >= 0 && points is { } rate ? forfait * rate / 100m : throw new InvalidOperationException("A negative forfait or no degressivity: the generated rules refuse it.");

    private static PlainDomain Funded(decimal unrounded) => new(true, DomainStatus.Funded, Math.Round(unrounded, 2, MidpointRounding.AwayFromZero));

    private static decimal?[] Points(Threshold?[] targets) => [.. targets.Select(target => target?.Points)];
}

/// <summary>What <see cref="PlainRules"/> decides: admissibility, total and each domain (not requested: the default).</summary>
public readonly record struct PlainDecision(Admissibility Admissibility, decimal Total, PlainDomain D1, PlainDomain D2, PlainDomain D3, PlainDomain D4);

public readonly record struct PlainDomain(bool Requested, DomainStatus Status, decimal Amount);
