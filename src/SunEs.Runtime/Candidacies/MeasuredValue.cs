namespace SunEs.Runtime;

/// <summary>
/// A measured indicator. A ratio keeps its counts so that comparing it with a threshold is
/// exact (n × 100 ≥ threshold × d), with no rounding of the rate.
/// </summary>
public readonly record struct MeasuredValue(MeasureKind Kind, decimal Numerator, decimal Denominator, decimal Points, bool YesNo)
{
    internal static MeasuredValue Ratio(decimal numerator, decimal denominator) =>
        new(MeasureKind.Ratio, numerator, denominator, numerator * 100 / denominator, false);

    internal static MeasuredValue Rate(decimal points) => new(MeasureKind.Rate, 0, 0, points, false);

    internal static MeasuredValue Answer(bool yes) => new(MeasureKind.YesNo, 0, 0, 0, yes);

    public bool IsRate => Kind != MeasureKind.YesNo;

    /// <summary>True when this rate reaches <paramref name="thresholdPoints"/>.</summary>
    public bool Reaches(decimal thresholdPoints) =>
        Kind == MeasureKind.Ratio ? Numerator * 100 >= thresholdPoints * Denominator : Points >= thresholdPoints;

    public override string ToString() => Kind switch
    {
        MeasureKind.Ratio => $"{Numerator.ToString(Formats.Invariant)} / {Denominator.ToString(Formats.Invariant)} ({Formats.Points(Points, false)})",
        MeasureKind.Rate => Formats.Points(Points, false),
        _ => YesNo ? "oui" : "non",
    };
}
