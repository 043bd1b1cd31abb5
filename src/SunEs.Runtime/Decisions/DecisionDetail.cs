namespace SunEs.Runtime;

/// <summary>How much of a decision an evaluation records.</summary>
public enum DecisionDetail
{
    /// <summary>Everything: each volet and why, each indicator with its measure and threshold, each amount with its rule.</summary>
    Full,

    /// <summary>
    /// Admissibility, each requested domain's status and amount, the total: what a batch that
    /// pays reads. The other parts of the decision (volets, indicators, breakdowns, the
    /// explanation) are produced on first read by judging the candidacy again with full detail —
    /// the same decision, since candidacies are immutable and rules pure.
    /// </summary>
    Lean,
}
