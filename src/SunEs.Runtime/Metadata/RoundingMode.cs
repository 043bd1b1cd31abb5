namespace SunEs.Runtime;

public enum RoundingMode
{
    /// <summary>To the nearest, a half away from zero.</summary>
    HalfAwayFromZero,

    /// <summary>"supérieur": towards positive infinity.</summary>
    Up,

    /// <summary>"inférieur": towards negative infinity.</summary>
    Down,
}
