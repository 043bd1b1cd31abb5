using System.Globalization;

namespace SunEs.Runtime;

/// <summary>How explanations write numbers: French ones with a comma and spaces, English ones with a dot and commas.</summary>
internal static class Formats
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly NumberFormatInfo French = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00a0" };

    public static string Points(decimal points, bool english) =>
        points.ToString("0.##", english ? Invariant : French) + (english ? "%" : "\u00a0%");

    public static string Euros(decimal euros, bool english) =>
        english ? "€" + euros.ToString("#,0.00", Invariant) : euros.ToString("#,0.00", French) + "\u00a0€";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);
}
