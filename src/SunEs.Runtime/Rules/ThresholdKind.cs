namespace SunEs.Runtime;

public enum ThresholdKind
{
    /// <summary>The measured rate must reach <see cref="Threshold.Points"/>.</summary>
    Rate,

    /// <summary>The answer must be yes.</summary>
    Yes,

    /// <summary>The answer must be no.</summary>
    No,
}
