namespace SunEs.Runtime;

/// <summary>A requested domain as a batch reads it: its status and the rounded amount paid (zero when not funded).</summary>
public readonly record struct DomainSummary(string DomainId, DomainStatus Status, decimal FundedAmount)
{
    public bool IsFunded => Status == DomainStatus.Funded;
}
