namespace SunEs.Runtime;

/// <summary>
/// One indicator of a requested domain: the measured value against the threshold and the
/// instruction that set it, and whether the indicator applies to the establishment.
/// </summary>
public sealed record IndicatorOutcome(
    string IndicatorId,
    string? Label,
    bool IsBonus,
    IndicatorStatus Status,
    Threshold? Threshold,
    MeasuredValue? Measured,
    Provenance? ApplicabilityRule)
{
    public bool IsApplicable => Status != IndicatorStatus.NotApplicable;

    public bool IsMet => Status == IndicatorStatus.Met;
}
