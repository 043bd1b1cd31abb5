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

    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>"1er mars 2022" / "1 March 2022": spelled here, never from the machine's culture.</summary>
    public static string LongDate(DateOnly date, bool english) => english
        ? $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}"
        : $"{(date.Day == 1 ? "1er" : date.Day.ToString(Invariant))} {FrenchMonths[date.Month - 1]} {date.Year}";

    /// <summary>"du 1er mars 2022 au 30 avril 2022" / "from 1 March 2022 to 30 April 2022".</summary>
    public static string Period(DateOnly? start, DateOnly? end, bool english) => english
        ? $"from {(start is { } s ? LongDate(s, true) : "?")} to {(end is { } e ? LongDate(e, true) : "?")}"
        : $"du {(start is { } s2 ? LongDate(s2, false) : "?")} au {(end is { } e2 ? LongDate(e2, false) : "?")}";
}
