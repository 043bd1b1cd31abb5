using SunEs.Diagnostics;

namespace SunEs.Semantics.Binding;

/// <summary>"Did you mean": the closest known names to a misspelt one, ignoring case and accents.</summary>
internal static class Suggestions
{
    public static IReadOnlyList<string> Closest(string name, IEnumerable<string> candidates, int limit = 3)
    {
        var key = Fold(name);
        var threshold = Math.Max(1, key.Length / 3);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(candidate => (candidate, distance: Distance(key, Fold(candidate))))
            .Where(pair => pair.distance <= threshold)
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .Take(limit)
            .Select(pair => pair.candidate)
            .ToList();
    }

    /// <summary>" (vouliez-vous dire « X » ?)" / " (did you mean 'X'?)" or nothing: it goes before the final full stop of a message.</summary>
    public static LocalizedText Hint(IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0
            ? new LocalizedText(string.Empty, string.Empty)
            : new LocalizedText(
                " (vouliez-vous dire " + string.Join(" ou ", suggestions.Select(s => $"« {s} »")) + " ?)",
                " (did you mean " + string.Join(" or ", suggestions.Select(s => $"'{s}'")) + "?)");

    /// <summary>The text without case, accents, or differences of spacing: two category values with the same key are the same value.</summary>
    public static string Key(string text) => string.Join(' ', Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Fold(string text) =>
        new string(Decompose(text)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToLowerInvariant();

    /// <summary>
    /// The canonical decomposition, or the text as is when string.Normalize refuses it: a broken
    /// text may hold a lone surrogate or U+FFFE, and which code points it refuses is not specified.
    /// </summary>
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(System.Text.NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
