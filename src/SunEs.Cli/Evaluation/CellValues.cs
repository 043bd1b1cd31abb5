using System.Globalization;
using System.Text.RegularExpressions;
using SunEs.Runtime;
using SunEs.Text;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Reads the text of a cell as the value a datum, an indicator or a prerequisite needs. Numbers
/// take a decimal comma or point, spaces between thousands, and the units their kind allows. A
/// number is exact or refused: no more digits than a .NET decimal carries (28 to 29 significant
/// digits), no value beyond its range, never rounded in silence. Anything else is refused with a
/// message saying what was expected: never a zero.
/// </summary>
internal static partial class CellValues
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

    /// <summary>A number of the given kind ("55", "54,9 %", "100 000 €", "100 k€", "1,5 M€"), or a <see cref="RowException"/> saying what is wrong with it.</summary>
    public static decimal Number(string column, string text, NumberKind kind, bool isJsonNumber = false)
    {
        if (isJsonNumber)
        {
            return Exact(column, text, JsonAsPlain(text) ?? throw NotExact(column, text), 1m);
        }

        var value = RemoveSpaces(text);
        var factor = 1m;
        if (kind.Units.FirstOrDefault(unit => value.EndsWith(unit.Suffix, StringComparison.Ordinal)) is { Suffix: not null } allowed)
        {
            value = value[..^allowed.Suffix.Length];
            factor = allowed.Factor;
        }
        else if (NumberKind.KnownUnits.FirstOrDefault(unit => value.EndsWith(unit, StringComparison.Ordinal)) is { } wrong)
        {
            throw new RowException(
                $"valeur « {Shown(text)} » pour « {Shown(column)} » : l'unité « {wrong} » ne convient pas, attendu {kind.ExpectedFr}",
                $"value '{Shown(text)}' for '{Shown(column)}': unit '{wrong}' does not fit, expected {kind.ExpectedEn}");
        }

        if (!PlainNumber().IsMatch(value))
        {
            throw Unreadable(column, text, kind.ExpectedFr, kind.ExpectedEn);
        }

        if (kind.ThousandsPossible && ThousandsLookalike().IsMatch(value))
        {
            var whole = value[..^4];
            var fraction = value[^3..].TrimEnd('0');
            var asDecimal = fraction.Length == 0 ? whole : $"{whole},{fraction}";
            throw new RowException(
                $"valeur « {Shown(text)} » ambiguë pour « {Shown(column)} » : « {value[^4]} » peut séparer les milliers ou les décimales. Écrivez {whole}{value[^3..]} ou {whole} {value[^3..]} pour des milliers, {asDecimal} pour un nombre décimal",
                $"ambiguous value '{Shown(text)}' for '{Shown(column)}': '{value[^4]}' may separate thousands or decimals. Write {whole}{value[^3..]} or {whole} {value[^3..]} for thousands, {asDecimal.Replace(',', '.')} for a decimal number");
        }

        return Exact(column, text, value.Replace(',', '.'), factor);
    }

    /// <summary>"480/1000" or "480 / 1 000": two plain numbers.</summary>
    public static (decimal Numerator, decimal Denominator) Ratio(string column, string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2
            ? (Number(column, parts[0], NumberKind.Count), Number(column, parts[1], NumberKind.Count))
            : throw Unreadable(column, text, NumberKind.Count.ExpectedFr, NumberKind.Count.ExpectedEn);
    }

    public static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>"4 mois", "10 jours", "2 semaines" (or months, days, weeks).</summary>
    public static Duration Duration(string column, string text)
    {
        const string ExpectedFr = "une durée (4 mois, 10 jours)", ExpectedEn = "a duration (4 mois, 10 jours)";
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        DurationUnit? unit = parts.Length != 2 ? null : parts[1].ToLowerInvariant() switch
        {
            "jour" or "jours" or "day" or "days" => DurationUnit.Days,
            "semaine" or "semaines" or "week" or "weeks" => DurationUnit.Weeks,
            "mois" or "month" or "months" => DurationUnit.Months,
            _ => null,
        };
        return unit is { } known
            ? new Duration(Number(column, parts[0], NumberKind.Plain), known)
            : throw Unreadable(column, text, ExpectedFr, ExpectedEn);
    }

    public static RowException Unreadable(string column, string value, string expectedFr, string expectedEn) =>
        new($"valeur « {Shown(value)} » illisible pour « {Shown(column)} » : attendu {expectedFr}", $"unreadable value '{Shown(value)}' for '{Shown(column)}': expected {expectedEn}");

    /// <summary>A value or column of the file as a message quotes it: escaped and cut (<see cref="UntrustedText"/>).</summary>
    public static string Shown(string text) => UntrustedText.Printable(text);

    /// <summary>The decimal written in <paramref name="plain"/> (digits and a point) times the unit's factor, when it holds every digit written and fits.</summary>
    private static decimal Exact(string column, string text, string plain, decimal factor)
    {
        if (!ExactDecimal.TryParse(plain, out var number))
        {
            throw NotExact(column, text);
        }

        try
        {
            return number * factor;
        }
        catch (OverflowException)
        {
            throw NotExact(column, text);
        }
    }

    /// <summary>A JSON number written without exponent ("9.90000002e8" → "990000002"); null when the exponent is beyond any decimal.</summary>
    private static string? JsonAsPlain(string json)
    {
        var exponentAt = json.IndexOfAny(['e', 'E']);
        if (exponentAt < 0)
        {
            return json;
        }

        if (!int.TryParse(json[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent) || Math.Abs(exponent) > 64)
        {
            return null;
        }

        var mantissa = json[..exponentAt];
        var sign = mantissa.StartsWith('-') ? "-" : string.Empty;
        var unsigned = mantissa.TrimStart('-');
        var point = unsigned.IndexOf('.');
        var digits = unsigned.Replace(".", string.Empty, StringComparison.Ordinal);
        var position = (point < 0 ? unsigned.Length : point) + exponent;
        return sign + (position <= 0 ? "0." + new string('0', -position) + digits
            : position >= digits.Length ? digits + new string('0', position - digits.Length)
            : $"{digits[..position]}.{digits[position..]}");
    }

    private static RowException NotExact(string column, string text) => new(
        $"valeur « {Shown(text)} » pour « {Shown(column)} » hors de ce qu'un nombre porte exactement (au plus 28 chiffres significatifs, moins de 79 228 162 514 264 337 593 543 950 336) : elle serait arrondie ou déborderait",
        $"value '{Shown(text)}' for '{Shown(column)}' is beyond what a number holds exactly (at most 28 significant digits, below 79,228,162,514,264,337,593,543,950,336): it would be rounded or overflow");

    private static string RemoveSpaces(string text) =>
        string.Concat(text.Where(character => !char.IsWhiteSpace(character) && character is not ('\u00a0' or '\u202f')));

    [GeneratedRegex(@"^[+-]?[0-9]+(?:[.,][0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    /// <summary>"100,000", "1.500": a separator that could be one of thousands as well as the decimal one.</summary>
    [GeneratedRegex(@"^[+-]?[1-9][0-9]{0,2}[.,][0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsLookalike();
}
