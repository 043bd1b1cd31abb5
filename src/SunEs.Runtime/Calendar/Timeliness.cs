namespace SunEs.Runtime;

public enum TimelinessIssueKind
{
    /// <summary>The results were transmitted after the milestone of the schedule.</summary>
    ResultsAfterMilestone,

    /// <summary>The measures cover days outside the measurement period of the schedule.</summary>
    MeasuredOutsidePeriod,
}

/// <summary>Why an admissible candidacy's domains are not funded whatever their measures: a date the calendar rules refuse, and the rule and date that decided.</summary>
public sealed record TimelinessIssue(TimelinessIssueKind Kind, Provenance Rule, Provenance? DateRule);
