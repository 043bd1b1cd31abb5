using System.Numerics;

namespace SunEs.Runtime;

/// <summary>
/// A measured indicator. A ratio keeps its counts so that comparing it with a threshold is
/// exact (n × 100 ≥ threshold × d), with no rounding of the rate and whatever the size of the
/// counts: the products are compared as integers, never computed in decimal where they could
/// overflow.
/// </summary>
public readonly record struct MeasuredValue(MeasureKind Kind, decimal Numerator, decimal Denominator, decimal Points, bool YesNo)
{
    /// <summary>Counts already checked: 0 ≤ numerator ≤ denominator, denominator above zero; so the quotient is at most 1 and its hundredfold never overflows.</summary>
    internal static MeasuredValue Ratio(decimal numerator, decimal denominator) =>
        new(MeasureKind.Ratio, numerator, denominator, numerator / denominator * 100, false);

    internal static MeasuredValue Rate(decimal points) => new(MeasureKind.Rate, 0, 0, points, false);

    internal static MeasuredValue Answer(bool yes) => new(MeasureKind.YesNo, 0, 0, 0, yes);

    public bool IsRate => Kind != MeasureKind.YesNo;

    /// <summary>True when this rate reaches <paramref name="thresholdPoints"/>.</summary>
    public bool Reaches(decimal thresholdPoints) =>
        Kind == MeasureKind.Ratio ? CompareProducts(Numerator, 100, thresholdPoints, Denominator) >= 0 : Points >= thresholdPoints;

    public override string ToString() => Kind switch
    {
        MeasureKind.Ratio => $"{Numerator.ToString(Formats.Invariant)} / {Denominator.ToString(Formats.Invariant)} ({Formats.Points(Points, false)})",
        MeasureKind.Rate => Formats.Points(Points, false),
        _ => YesNo ? "oui" : "non",
    };

    /// <summary>The sign of a × b − c × d, exactly.</summary>
    private static int CompareProducts(decimal a, decimal b, decimal c, decimal d)
    {
        var (left, leftScale) = Product(a, b);
        var (right, rightScale) = Product(c, d);
        var scale = Math.Max(leftScale, rightScale);
        return (left * BigInteger.Pow(10, scale - leftScale)).CompareTo(right * BigInteger.Pow(10, scale - rightScale));
    }

    private static (BigInteger Value, int Scale) Product(decimal a, decimal b)
    {
        var (x, xScale) = Unscaled(a);
        var (y, yScale) = Unscaled(b);
        return (x * y, xScale + yScale);
    }

    /// <summary>A decimal as an integer and a power of ten: 12.5 is (125, 1).</summary>
    private static (BigInteger Value, int Scale) Unscaled(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return (bits[3] < 0 ? -magnitude : magnitude, (bits[3] >> 16) & 0xFF);
    }
}
