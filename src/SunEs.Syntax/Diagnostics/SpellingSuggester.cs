using System.Globalization;
using System.Text;

namespace SunEs.Diagnostics;

/// <summary>
/// "Did you mean": the known words closest to a misspelt one, ignoring case and accents, ranked
/// by edit distance, then by how few characters differ when nothing is substituted (so that
/// « DGOS/PF5/DNS/2021/167 » finds « DGOS/PF5/DNS/CTO/2021/167 » first), then in ordinal order.
/// A word is close when at most a third of its letters change, and never more than
/// <see cref="MaxEdits"/>.
/// <para>
/// The work is bounded whatever the names: only words of a length within the allowed edits are
/// compared, each comparison fills a band of the matrix (<see cref="BandedEditDistance"/>), the
/// same word asked again is answered from a cache, and one suggester — one compilation, one parse —
/// spends at most its budget of matrix cells; past it, messages go without a suggestion.
/// </para>
/// </summary>
public sealed class SpellingSuggester(long budget = SpellingSuggester.DefaultBudget)
{
    /// <summary>About a tenth of a second of comparisons.</summary>
    public const long DefaultBudget = 20_000_000;

    public const int MaxEdits = 8;

    private const int Ranked = 4;

    private readonly BandedEditDistance _distance = new();
    private long _spent;

    /// <summary>Matrix cells and candidates examined so far: the work done, whatever the clock.</summary>
    public long Spent => _spent;

    public bool IsExhausted => _spent >= budget;

    /// <summary>The closest words of <paramref name="vocabulary"/>, best first, at most <paramref name="limit"/> of them.</summary>
    public IReadOnlyList<string> Closest(string name, SpellingVocabulary vocabulary, int limit = 3) =>
        Rank(name, vocabulary).Take(limit).ToList();

    /// <summary>As <see cref="Closest"/>, leaving out the words <paramref name="excluded"/> refuses (an instruction's own number).</summary>
    public IReadOnlyList<string> Closest(string name, SpellingVocabulary vocabulary, Func<string, bool> excluded, int limit = 3) =>
        Rank(name, vocabulary).Where(word => !excluded(word)).Take(limit).ToList();

    /// <summary>" (vouliez-vous dire « X » ?)" / " (did you mean 'X'?)" or nothing: it goes before the final full stop of a message.</summary>
    public static LocalizedText Hint(IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0
            ? new LocalizedText(string.Empty, string.Empty)
            : new LocalizedText(
                " (vouliez-vous dire " + string.Join(" ou ", suggestions.Select(s => $"« {s} »")) + " ?)",
                " (did you mean " + string.Join(" or ", suggestions.Select(s => $"'{s}'")) + "?)");

    private IReadOnlyList<string> Rank(string name, SpellingVocabulary vocabulary)
    {
        if (vocabulary.Cached(name) is { } known)
        {
            return known;
        }

        if (IsExhausted)
        {
            return [];
        }

        _spent += name.Length;
        var key = Fold(name);
        var bound = Math.Min(MaxEdits, Math.Max(1, key.Length / 3));
        var found = new List<(string Word, int Distance, int Indel)>();
        foreach (var (word, folded) in vocabulary.WithLengthAround(key.Length, bound))
        {
            if (IsExhausted)
            {
                return [];
            }

            var cells = _distance.Cells;
            var distance = _distance.Alignment(key, folded, bound);
            if (distance <= bound)
            {
                found.Add((word, distance, _distance.InsertionsAndDeletions(key, folded, 2 * bound)));
            }

            _spent += 1 + _distance.Cells - cells;
        }

        var ranked = found
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Indel)
            .ThenBy(candidate => candidate.Word, StringComparer.Ordinal)
            .Take(Ranked)
            .Select(candidate => candidate.Word)
            .ToList();
        vocabulary.Remember(name, ranked);
        return ranked;
    }

    /// <summary>Lower case without diacritics: « Fenêtre » and « fenetre » are one word.</summary>
    public static string Fold(string text)
    {
        var decomposed = Decompose(text);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    /// <summary>
    /// The canonical decomposition, or the text as is when string.Normalize refuses it: a broken
    /// text may hold a lone surrogate or U+FFFE, and which code points it refuses is not specified.
    /// </summary>
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
