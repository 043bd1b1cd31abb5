namespace SunEs.Runtime;

public enum CalendarRuleKind
{
    /// <summary>A candidacy filed outside its window's candidacy period is inadmissible.</summary>
    FiledDuringCandidacyPeriod,

    /// <summary>Results transmitted after the milestone do not fund the window.</summary>
    ResultsByMilestone,

    /// <summary>Measures covering days outside the measurement period do not fund the window.</summary>
    MeasuredWithinPeriod,
}

/// <summary>A rule over a candidacy's dates, as in force in one epoch, and where the texts state it.</summary>
public sealed record CalendarRule(CalendarRuleKind Kind, Provenance Rule);
