using System.Globalization;

namespace SunEs.Syntax.Parsing;

/// <summary>Reads the French literal forms of the language: numbers, dates and strings.</summary>
internal static class LiteralParsing
{
    private static readonly string[] MonthNames =
        ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    /// <summary>"12 000", "1,5", "1.5" (group separators: space, no-break and narrow no-break spaces); false when a decimal cannot hold it exactly.</summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        var normalized = text.Replace(" ", string.Empty).Replace("\u00A0", string.Empty).Replace("\u202F", string.Empty).Replace(',', '.');
        value = 0;
        return !normalized.StartsWith('-') && !normalized.StartsWith('+') && SunEs.Text.ExactDecimal.TryParse(normalized, out value);
    }

    public static bool IsInteger(string text) => text.IndexOfAny([',', '.']) < 0;

    /// <summary>"2021-07-26", "26/07/2021", "26 juillet 2021", "1er mars 2022".</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length == 10 && text[4] == '-')
        {
            return TryCreate(text[..4], text[5..7], text[8..10], out date);
        }

        if (text.Contains('/'))
        {
            var parts = text.Split('/');
            return parts.Length == 3 && TryCreate(parts[2], parts[1], parts[0], out date);
        }

        var words = text.Split([' ', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 3)
        {
            return false;
        }

        var day = words[0].EndsWith("er", StringComparison.OrdinalIgnoreCase) ? words[0][..^2] : words[0];
        var month = Array.IndexOf(MonthNames, RemoveAccents(words[1].ToLowerInvariant())) + 1;
        return month > 0 && TryCreate(words[2], month.ToString(CultureInfo.InvariantCulture), day, out date);
    }

    /// <summary>The value of a STRING token: quotes removed, backslash escapes resolved.</summary>
    public static string UnquoteString(string token, out bool isTerminated)
    {
        isTerminated = IsTerminatedString(token);
        if (token.StartsWith('«'))
        {
            return token[1..(isTerminated ? token.Length - 1 : token.Length)];
        }

        var body = token.AsSpan(1, ClosingQuote(token) is var closing and >= 0 ? closing - 1 : token.Length - 1);
        if (!body.Contains('\\'))
        {
            return body.ToString();
        }

        var builder = new System.Text.StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\\' && i + 1 < body.Length)
            {
                i++;
                c = body[i] switch
                {
                    'n' => '\n',
                    't' => '\t',
                    var other => other,
                };
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether a STRING token, as written, has its closing quote.</summary>
    public static bool IsTerminatedString(ReadOnlySpan<char> token) =>
        token.StartsWith("«") ? token.Length >= 2 && token.EndsWith("»") : ClosingQuote(token) >= 0;

    /// <summary>Where the quote closing a "…" token is, past its escapes; -1 when there is none.</summary>
    private static int ClosingQuote(ReadOnlySpan<char> token)
    {
        for (var i = 1; i < token.Length; i++)
        {
            if (token[i] == '\\' && i + 1 < token.Length)
            {
                i++;
            }
            else if (token[i] == '"')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool TryCreate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            && (date = new DateOnly(y, m, d)) == date;
    }

    private static string RemoveAccents(string word) =>
        word.Replace('é', 'e').Replace('è', 'e').Replace('û', 'u');
}
