namespace SunEs.Runtime;

public sealed record DomainDecision(
    string DomainId,
    string? Label,
    string VoletId,
    DomainStatus Status,
    Provenance? EligibilityRule,
    IReadOnlyList<IndicatorOutcome> Indicators,
    AmountBreakdown? Amount)
{
    public bool IsEligible => Status is DomainStatus.Funded or DomainStatus.TargetsMissed;

    public bool IsFunded => Status == DomainStatus.Funded;

    /// <summary>The rounded amount paid; zero when not funded.</summary>
    public decimal FundedAmount => Amount?.Total ?? 0m;

    public IndicatorOutcome? FindIndicator(string id) => Indicators.FirstOrDefault(indicator => indicator.IndicatorId == id);
}
