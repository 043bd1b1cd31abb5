namespace SunEs.Runtime;

/// <summary>How the total of a funded domain is rounded; null provenance when the texts say nothing (to the cent, half away from zero).</summary>
public sealed record RoundingRule(RoundingUnit Unit, RoundingMode Mode, Provenance? Provenance)
{
    public decimal Apply(decimal amount)
    {
        var decimals = Unit == RoundingUnit.Cent ? 2 : 0;
        var midpoint = Mode switch
        {
            RoundingMode.Up => MidpointRounding.ToPositiveInfinity,
            RoundingMode.Down => MidpointRounding.ToNegativeInfinity,
            _ => MidpointRounding.AwayFromZero,
        };
        return Math.Round(amount, decimals, midpoint);
    }
}
