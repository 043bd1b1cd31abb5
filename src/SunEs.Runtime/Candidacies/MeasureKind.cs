namespace SunEs.Runtime;

/// <summary>How an indicator was measured.</summary>
public enum MeasureKind
{
    /// <summary>Numerator over denominator, given as a measure or as the indicator's data.</summary>
    Ratio,

    /// <summary>A rate in points (54,9 % is 54.9).</summary>
    Rate,
    YesNo,
}
