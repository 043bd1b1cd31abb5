using SunEs.Syntax;

namespace SunEs.Semantics;

/// <summary>A date the texts may leave unknown ("inconnue").</summary>
public readonly record struct DateValue(DateOnly? Date)
{
    public bool IsKnown => Date.HasValue;

    /// <summary>True when the text writes a date that could not be read (already reported), rather than "inconnue".</summary>
    internal bool IsInvalid { get; init; }

    public override string ToString() => Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "inconnue";
}

public sealed record DatePeriod(DateValue Start, DateValue End);

public sealed record Measurement(string? Label, DatePeriod Period);

public sealed record Delay(decimal Amount, DurationUnit Unit, bool IsMaximum);

public sealed record Envelope(decimal Euros, bool IsApproximate, IReadOnlyList<EnvelopePart> Parts);

/// <summary>A part of an envelope, for named entities ("dont D2, D3 …") or described ("dont "Expérimentation" …").</summary>
public sealed record EnvelopePart(IReadOnlyList<EntitySymbol> Entities, string? Description, decimal Euros, bool IsApproximate);

/// <summary>A region's envelope; <paramref name="Window"/> when the source states it for one window only.</summary>
public sealed record RegionalEnvelope(string Region, Envelope Envelope, EntitySymbol? Window = null);

/// <summary>
/// "report vers F2 avec les cibles de F1 et la dégressivité de F1": a postponed candidacy is measured
/// over <paramref name="Target"/>'s period up to its milestone, judged by the targets of
/// <paramref name="TargetsOf"/> and paid with the degressivity of <paramref name="DegressivityOf"/>
/// (null when the text does not say: reported, and such a candidacy cannot be judged).
/// </summary>
public sealed record Postponement(EntitySymbol Target, EntitySymbol? TargetsOf, EntitySymbol? DegressivityOf);

/// <summary>
/// Where the programme's rules apply: metropolitan France always, and the overseas territories
/// <see cref="Territories"/> names — all but them (<see cref="OverseasScopeKind.AllExcept"/>), only them, or none.
/// Names are canonical (see <see cref="KnownTerritories"/>).
/// </summary>
public sealed record OverseasScope(OverseasScopeKind Kind, IReadOnlyList<string> Territories)
{
    public bool Includes(KnownTerritory territory) => !territory.IsOverseas || Kind switch
    {
        OverseasScopeKind.AllExcept => !Territories.Contains(territory.Name),
        OverseasScopeKind.Only => Territories.Contains(territory.Name),
        _ => false,
    };
}

/// <summary>"dérogation SUN0401 "motif"": the convention check <see cref="Code"/> does not apply to the block, for <see cref="Reason"/>.</summary>
public sealed record Waiver(string Code, string Reason);

public sealed record RoundingRule(RoundingUnit Unit, RoundingMode Mode)
{
    /// <summary>To the cent, half away from zero, unless the text says otherwise.</summary>
    public static RoundingRule Default { get; } = new(RoundingUnit.Cent, RoundingMode.HalfAwayFromZero);
}

public enum TargetKind
{
    /// <summary>A rate threshold: <see cref="TargetValue.Points"/> holds it (49 % → 49).</summary>
    Rate,
    Yes,
    No,

    /// <summary>"/": no target in that window.</summary>
    None,
}

public sealed record TargetValue(TargetKind Kind, decimal Points)
{
    public override string ToString() => Kind switch
    {
        TargetKind.Rate => $"{Points.ToString(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} %",
        TargetKind.Yes => "oui",
        TargetKind.No => "non",
        _ => "/",
    };
}

/// <summary>How an indicator is measured.</summary>
public abstract record IndicatorDefinition;

/// <summary>A rate: numerator datum over denominator datum.</summary>
public sealed record RateDefinition(EntitySymbol? Numerator, EntitySymbol? Denominator) : IndicatorDefinition;

public sealed record YesNoDefinition : IndicatorDefinition;
