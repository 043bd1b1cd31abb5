namespace SunEs.Runtime;

public enum Admissibility
{
    /// <summary>Every requested volet is admissible.</summary>
    Admissible,

    /// <summary>Some requested volets are admissible, not all: the others' domains are not examined.</summary>
    PartlyAdmissible,

    /// <summary>No requested volet is admissible.</summary>
    Inadmissible,
}

/// <summary>A requested volet, judged on its own windows, prerequisites and conditions (and the candidacy-wide ones).</summary>
public sealed record VoletDecision(string VoletId, string? Label, bool IsAdmissible, IReadOnlyList<AdmissibilityIssue> Issues);
