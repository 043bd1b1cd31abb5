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

public sealed record RegionalEnvelope(string Region, Envelope Envelope);

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
