namespace SunEs.Runtime;

public enum DomainStatus
{
    Funded,

    /// <summary>Eligible, but an applicable target was missed.</summary>
    TargetsMissed,

    /// <summary>Its "éligible si" condition is false.</summary>
    Ineligible,

    /// <summary>The candidacy is inadmissible: the domain was not examined.</summary>
    NotExamined,
}
