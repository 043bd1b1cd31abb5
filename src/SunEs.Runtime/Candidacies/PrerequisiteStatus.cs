namespace SunEs.Runtime;

public enum PrerequisiteStatus
{
    /// <summary>Not declared: an error if the candidacy must meet it, never assumed met.</summary>
    Unknown,
    Met,
    NotMet,
}
