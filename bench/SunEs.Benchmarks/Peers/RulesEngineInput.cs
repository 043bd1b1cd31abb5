using SunEs.Benchmarks.HandWritten;
using SunEs.Runtime;

namespace SunEs.Benchmarks.Peers;

/// <summary>
/// A candidacy as Microsoft RulesEngine reads it: a plain object whose properties its expressions
/// name. Rates are kept as counts (a rate in points p is p / 100) so that comparing them with a
/// target stays exact, as SunEs compares them (n × 100 ≥ target × d). Built from the very
/// candidacies the other rules judge, before timing.
/// </summary>
public sealed class RulesEngineInput
{
    public int Window { get; init; }

    public bool Postponement { get; init; }

    public bool AsksD1 { get; init; }

    public bool AsksD2 { get; init; }

    public bool AsksD3 { get; init; }

    public bool AsksD4 { get; init; }

    public string Territory { get; init; } = string.Empty;

    public DateTime FiledOn { get; init; }

    public DateTime ResultsOn { get; init; }

    public bool OsisPrerequisites { get; init; }

    public bool OsisCommitment { get; init; }

    public bool PS11 { get; init; }

    public bool PS12 { get; init; }

    public bool PS21 { get; init; }

    public bool PS22 { get; init; }

    public bool PS31 { get; init; }

    public bool PS32 { get; init; }

    public bool PS41 { get; init; }

    public bool Surgery { get; init; }

    public bool Laboratory { get; init; }

    public bool Imaging { get; init; }

    public decimal ForfaitD1 { get; init; }

    public decimal ForfaitD2 { get; init; }

    public decimal ForfaitD3 { get; init; }

    public decimal ForfaitD4 { get; init; }

    public decimal HistoricBonus { get; init; }

    public decimal DS11N { get; init; }

    public decimal DS11D { get; init; }

    public decimal DS12N { get; init; }

    public decimal DS12D { get; init; }

    public decimal DS13N { get; init; }

    public decimal DS13D { get; init; }

    public decimal DS14N { get; init; }

    public decimal DS14D { get; init; }

    public decimal DS21N { get; init; }

    public decimal DS21D { get; init; }

    public decimal DS31N { get; init; }

    public decimal DS31D { get; init; }

    public decimal DS41N { get; init; }

    public decimal DS41D { get; init; }

    public decimal DS42N { get; init; }

    public decimal DS42D { get; init; }

    public bool DS43 { get; init; }

    public static RulesEngineInput From(Candidacy candidacy)
    {
        var schema = candidacy.Schema;
        bool Asks(string domain) => candidacy.IsDomainRequested(schema.FindDomain(domain)!.Slot);
        bool Met(string prerequisite) => candidacy.GetPrerequisiteStatus(schema.FindPrerequisite(prerequisite)!.Slot) == PrerequisiteStatus.Met;
        // What the candidacy does not give is false or zero: the rules of a domain not asked for read none of it.
        bool Flag(string datum) => schema.FindData(datum)!.Slot is var slot && candidacy.HasDatum(slot) && candidacy.ReadBoolean(slot);
        decimal Number(string datum) => schema.FindData(datum)!.Slot is var slot && candidacy.HasDatum(slot) ? candidacy.ReadNumber(slot) : 0m;
        (decimal N, decimal D) Rate(string indicator)
        {
            var field = schema.FindIndicator(indicator)!;
            var (numerator, denominator) = Counts(field.Id);
            return candidacy.FindRate(field.Slot, numerator, denominator) is { } measured
                ? measured.Kind == MeasureKind.Ratio ? (measured.Numerator, measured.Denominator) : (measured.Points, 100m)
                : (0m, 1m);
        }

        var (ds11, ds12, ds13, ds14) = (Rate("DS1.1"), Rate("DS1.2"), Rate("DS1.3"), Rate("DS1.4"));
        var (ds21, ds31, ds41, ds42) = (Rate("DS2.1"), Rate("DS3.1"), Rate("DS4.1"), Rate("DS4.2"));
        return new RulesEngineInput
        {
            Window = candidacy.WindowSlot, Postponement = candidacy.PostponementRequested,
            AsksD1 = Asks("D1"), AsksD2 = Asks("D2"), AsksD3 = Asks("D3"), AsksD4 = Asks("D4"),
            Territory = candidacy.Territory!.Name,
            FiledOn = candidacy.FiledOn!.Value.ToDateTime(TimeOnly.MinValue), ResultsOn = candidacy.ResultsOn!.Value.ToDateTime(TimeOnly.MinValue),
            OsisPrerequisites = Flag("prérequis_saisis_osis"), OsisCommitment = Flag("engagement_cibles_osis"),
            PS11 = Met("PS1.1"), PS12 = Met("PS1.2"), PS21 = Met("PS2.1"), PS22 = Met("PS2.2"), PS31 = Met("PS3.1"), PS32 = Met("PS3.2"), PS41 = Met("PS4.1"),
            Surgery = Flag("activité_chirurgie"), Laboratory = Flag("laboratoire_interne"), Imaging = Flag("imagerie_interne"),
            ForfaitD1 = Number("forfait_d1"), ForfaitD2 = Number("forfait_d2"), ForfaitD3 = Number("forfait_d3"), ForfaitD4 = Number("forfait_d4"),
            HistoricBonus = Number("bonus_historique"),
            DS11N = ds11.N, DS11D = ds11.D, DS12N = ds12.N, DS12D = ds12.D, DS13N = ds13.N, DS13D = ds13.D, DS14N = ds14.N, DS14D = ds14.D,
            DS21N = ds21.N, DS21D = ds21.D, DS31N = ds31.N, DS31D = ds31.D, DS41N = ds41.N, DS41D = ds41.D, DS42N = ds42.N, DS42D = ds42.D,
            DS43 = candidacy.FindYesNo(schema.FindIndicator("DS4.3")!.Slot) is { YesNo: true },
        };
    }

    /// <summary>The data slots of an indicator's numerator and denominator, as the 2023/28 rules name them.</summary>
    private static (int Numerator, int Denominator) Counts(string indicator)
    {
        var info = new[] { Rules2023.DS1_1, Rules2023.DS1_2, Rules2023.DS1_3, Rules2023.DS1_4, Rules2023.DS2_1, Rules2023.DS3_1, Rules2023.DS4_1, Rules2023.DS4_2 }
            .Single(candidate => candidate.Id == indicator);
        return (info.NumeratorSlot, info.DenominatorSlot);
    }
}
