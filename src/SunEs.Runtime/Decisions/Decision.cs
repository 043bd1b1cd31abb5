namespace SunEs.Runtime;

/// <summary>
/// The outcome of a candidacy under the rules in force on a date: for each requested volet,
/// admissible or not and why; the schedule it followed (its window, or a postponement); each
/// requested domain with its indicators and amount; the total; and a short explanation.
/// </summary>
public sealed class Decision
{
    private BilingualText? _explanation;

    internal Decision(string establishment, string windowId, DateOnly asOf, EpochInfo epoch, IReadOnlyList<VoletDecision> volets,
        IReadOnlyList<AdmissibilityIssue> admissibilityIssues, IReadOnlyList<DomainDecision> domains, bool postponementRequested,
        Schedule? schedule, TimelinessIssue? timeliness, DecisionFacts facts)
    {
        Establishment = establishment;
        WindowId = windowId;
        AsOf = asOf;
        Epoch = epoch;
        Volets = volets;
        AdmissibilityIssues = admissibilityIssues;
        Domains = domains;
        PostponementRequested = postponementRequested;
        Schedule = schedule;
        Timeliness = timeliness;
        Facts = facts;
        Total = SumOfFunded(domains);
        var admissible = volets.Count(volet => volet.IsAdmissible);
        Admissibility = admissible == volets.Count && volets.Count > 0 ? Admissibility.Admissible
            : admissible > 0 ? Admissibility.PartlyAdmissible
            : Admissibility.Inadmissible;
    }

    public string Establishment { get; }

    public string WindowId { get; }

    public DateOnly AsOf { get; }

    /// <summary>The rules in force used: from which date, which instructions.</summary>
    public EpochInfo Epoch { get; }

    public Admissibility Admissibility { get; }

    /// <summary>True when every requested volet is admissible.</summary>
    public bool IsAdmissible => Admissibility == Admissibility.Admissible;

    /// <summary>The requested volets, each judged on its own.</summary>
    public IReadOnlyList<VoletDecision> Volets { get; }

    /// <summary>Every reason of inadmissibility: candidacy-wide ones (no volet), then each volet's.</summary>
    public IReadOnlyList<AdmissibilityIssue> AdmissibilityIssues { get; }

    /// <summary>The requested domains, in the order the texts declare them.</summary>
    public IReadOnlyList<DomainDecision> Domains { get; }

    /// <summary>The sum of the funded domains' rounded amounts.</summary>
    public decimal Total { get; }

    public bool PostponementRequested { get; }

    /// <summary>The calendar followed, once a volet is admissible: the window's own or its postponement's.</summary>
    public Schedule? Schedule { get; }

    /// <summary>Why the domains were not funded whatever their measures (results late, measures outside the period), when so.</summary>
    public TimelinessIssue? Timeliness { get; }

    /// <summary>The dates and territory the candidacy gave.</summary>
    public DecisionFacts Facts { get; }

    /// <summary>The window whose milestone the targets are measured at: the candidacy's, or the one it postpones to.</summary>
    public WindowInfo? MilestoneWindow => Schedule?.MeasuredBy ?? Epoch.FindWindow(WindowId);

    public DateOnly? Milestone => MilestoneWindow?.Milestone;

    /// <summary>
    /// Written on first read, not with the decision: engines judging thousands of candidacies
    /// mostly read statuses and amounts, and the text costs more than the judgement. The text is
    /// a function of the decision, so a race between two first readers writes the same one.
    /// </summary>
    public BilingualText Explanation => _explanation ??= ExplanationWriter.Explain(this);

    /// <summary>One reason of inadmissibility in words, with the dates and the rule that decided.</summary>
    public string Describe(AdmissibilityIssue issue, bool english) => ExplanationWriter.Issue(issue, this, english);

    public VoletDecision? FindVolet(string id) => Volets.FirstOrDefault(volet => volet.VoletId == id);

    public DomainDecision? FindDomain(string id) => Domains.FirstOrDefault(domain => domain.DomainId == id);

    public IndicatorOutcome? FindIndicator(string id) =>
        Domains.SelectMany(domain => domain.Indicators).FirstOrDefault(indicator => indicator.IndicatorId == id);

    /// <summary>Every threshold the decision compared a measure with.</summary>
    public IEnumerable<Threshold> ThresholdsUsed =>
        Domains.SelectMany(domain => domain.Indicators).Where(outcome => outcome.Threshold is not null && outcome.Measured is not null).Select(outcome => outcome.Threshold!);

    public override string ToString() => Explanation.French;

    private static decimal SumOfFunded(IReadOnlyList<DomainDecision> domains)
    {
        var total = 0m;
        for (var index = 0; index < domains.Count; index++)
        {
            total += domains[index].FundedAmount;
        }

        return total;
    }
}
