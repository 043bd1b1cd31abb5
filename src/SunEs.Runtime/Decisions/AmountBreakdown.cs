namespace SunEs.Runtime;

/// <summary>How a funded domain's amount is made: forfait × degressivity + bonuses, then rounded (only the total is rounded).</summary>
public sealed record AmountBreakdown(
    decimal BaseForfait,
    Provenance? ForfaitRule,
    DegressivityRate Degressivity,
    decimal DegressedForfait,
    IReadOnlyList<BonusAmount> Bonuses,
    decimal Unrounded,
    decimal Total,
    RoundingRule Rounding);
