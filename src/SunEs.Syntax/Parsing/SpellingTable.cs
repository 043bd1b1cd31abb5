namespace SunEs.Syntax.Parsing;

/// <summary>
/// One string per distinct spelling of a text's names and keywords. A name is written once and
/// referred to many times, and a keyword starts every line of its kind: each read as a new
/// string made the tree of a large text hold tens of thousands of copies of a few hundred words.
/// </summary>
internal sealed class SpellingTable(string text)
{
    private readonly HashSet<string> _spellings = [];

    public string Get(int start, int length)
    {
        var lookup = _spellings.GetAlternateLookup<ReadOnlySpan<char>>();
        var spelling = text.AsSpan(start, length);
        if (lookup.TryGetValue(spelling, out var known))
        {
            return known;
        }

        var added = spelling.ToString();
        _spellings.Add(added);
        return added;
    }
}
