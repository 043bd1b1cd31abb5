namespace SunEs.Runtime;

public enum AdmissibilityIssueKind
{
    /// <summary>The candidacy's window is not one of the volet's windows.</summary>
    WindowNotInVolet,

    /// <summary>A prerequisite of the volet is not met and not tolerated in the window.</summary>
    PrerequisiteNotMet,
}
