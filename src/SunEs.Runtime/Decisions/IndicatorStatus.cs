namespace SunEs.Runtime;

public enum IndicatorStatus
{
    Met,
    Missed,

    /// <summary>Its "applicable si" condition is false for this establishment.</summary>
    NotApplicable,

    /// <summary>The grid sets no target ("/") in the window.</summary>
    NoTarget,

    /// <summary>A bonus indicator whose measure was not given: no bonus, not an error.</summary>
    NotMeasured,
}
