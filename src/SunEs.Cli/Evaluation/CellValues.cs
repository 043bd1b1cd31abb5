using System.Globalization;
using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Reads the text of a cell as the value a datum, an indicator or a prerequisite needs. Numbers
/// take a decimal comma or point, spaces between thousands, and an optional unit (%, €, k€, M€).
/// Anything else is refused with a message saying what was expected: never a zero.
/// </summary>
internal static class CellValues
{
    private static readonly string[] Yes = ["oui", "vrai", "yes", "true", "atteint", "met"];
    private static readonly string[] No = ["non", "faux", "no", "false", "non atteint", "not met"];

    public static bool? Boolean(string text)
    {
        var value = text.Trim();
        return Yes.Contains(value, StringComparer.OrdinalIgnoreCase) ? true
            : No.Contains(value, StringComparer.OrdinalIgnoreCase) ? false
            : null;
    }

    /// <summary>A number with an optional unit: "55", "54,9 %", "100 000 €", "100 k€", "1,5 M€".</summary>
    public static decimal? Number(string text)
    {
        var value = RemoveSpaces(text);
        var factor = 1m;
        foreach (var (suffix, multiplier) in new[] { ("k€", 1_000m), ("M€", 1_000_000m), ("€", 1m), ("euros", 1m), ("%", 1m) })
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal))
            {
                value = value[..^suffix.Length];
                factor = multiplier;
                break;
            }
        }

        if (value.Contains(',') && value.Contains('.'))
        {
            return null;
        }

        return decimal.TryParse(value.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number * factor
            : null;
    }

    /// <summary>"480/1000" or "480 / 1 000".</summary>
    public static (decimal Numerator, decimal Denominator)? Ratio(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && Number(parts[0]) is { } numerator && Number(parts[1]) is { } denominator ? (numerator, denominator) : null;
    }

    public static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>"4 mois", "10 jours", "2 semaines" (or months, days, weeks).</summary>
    public static Duration? Duration(string text)
    {
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || Number(parts[0]) is not { } amount)
        {
            return null;
        }

        DurationUnit? unit = parts[1].ToLowerInvariant() switch
        {
            "jour" or "jours" or "day" or "days" => DurationUnit.Days,
            "semaine" or "semaines" or "week" or "weeks" => DurationUnit.Weeks,
            "mois" or "month" or "months" => DurationUnit.Months,
            _ => null,
        };
        return unit is { } known ? new Duration(amount, known) : null;
    }

    private static string RemoveSpaces(string text) =>
        string.Concat(text.Where(character => !char.IsWhiteSpace(character) && character is not ('\u00a0' or '\u202f')));
}
