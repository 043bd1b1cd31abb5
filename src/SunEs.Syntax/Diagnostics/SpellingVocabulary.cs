namespace SunEs.Diagnostics;

/// <summary>
/// The words a misspelling may stand for (the windows of a compilation, the keywords of the
/// language…), folded once and grouped by length, with the suggestions already worked out.
/// </summary>
public sealed class SpellingVocabulary
{
    private readonly Dictionary<int, List<(string Word, string Folded)>> _byLength = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _answers = new(StringComparer.Ordinal);

    public SpellingVocabulary(IEnumerable<string> words)
    {
        foreach (var word in words.Distinct(StringComparer.Ordinal))
        {
            var folded = SpellingSuggester.Fold(word);
            if (!_byLength.TryGetValue(folded.Length, out var bucket))
            {
                bucket = [];
                _byLength[folded.Length] = bucket;
            }

            bucket.Add((word, folded));
        }
    }

    internal IEnumerable<(string Word, string Folded)> WithLengthAround(int length, int edits)
    {
        for (var candidate = Math.Max(0, length - edits); candidate <= length + edits; candidate++)
        {
            if (_byLength.TryGetValue(candidate, out var bucket))
            {
                foreach (var entry in bucket)
                {
                    yield return entry;
                }
            }
        }
    }

    internal IReadOnlyList<string>? Cached(string name) => _answers.GetValueOrDefault(name);

    internal void Remember(string name, IReadOnlyList<string> ranked) => _answers[name] = ranked;
}
