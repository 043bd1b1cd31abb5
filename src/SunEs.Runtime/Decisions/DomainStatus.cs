namespace SunEs.Runtime;

public enum DomainStatus
{
    Funded,

    /// <summary>Eligible, but an applicable target was missed.</summary>
    TargetsMissed,

    /// <summary>Its "éligible si" condition is false.</summary>
    Ineligible,

    /// <summary>Its volet is inadmissible for this candidacy: the domain was not examined.</summary>
    Inadmissible,

    /// <summary>The results were transmitted after the milestone: the window does not fund it.</summary>
    Late,

    /// <summary>The measures cover days outside the measurement period: the window does not fund it.</summary>
    MeasuredOutsidePeriod,
}
