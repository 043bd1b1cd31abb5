namespace SunEs.Runtime;

public enum AdmissibilityIssueKind
{
    /// <summary>The candidacy's window is not one of the volet's windows.</summary>
    WindowNotInVolet,

    /// <summary>A prerequisite of the volet is not met and not tolerated in the window.</summary>
    PrerequisiteNotMet,

    /// <summary>The establishment's territory is outside the rules' territorial scope (every volet).</summary>
    OutsideTerritory,

    /// <summary>The candidacy was filed outside its window's candidacy period (every volet).</summary>
    FiledOutsideCandidacyPeriod,

    /// <summary>A "recevable si" condition of the programme (every volet) or of the volet is false.</summary>
    ConditionNotMet,
}
