using SunEs.Text;

namespace SunEs.LanguageServer.Text;

/// <summary>
/// How offsets of an older version of a document map to a newer one: the lines before the first
/// changed line keep their offsets, the lines after the last changed one move by the length the
/// change added, and the changed lines themselves map to nothing. Whole lines, because what a
/// request asks about (a name, a number, a string) never spans a line break.
/// </summary>
public sealed class ChangedLines
{
    private readonly int _start;
    private readonly int _oldEnd;
    private readonly int _shift;

    public ChangedLines(SourceText older, SourceText newer)
    {
        var before = older.Content;
        var after = newer.Content;
        var prefix = before.AsSpan().CommonPrefixLength(after);
        if (prefix == before.Length && prefix == after.Length)
        {
            _start = _oldEnd = before.Length + 1;
            return;
        }

        var suffix = 0;
        var most = Math.Min(before.Length, after.Length) - prefix;
        while (suffix < most && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        _start = older.GetLineSpan(older.GetLinePosition(prefix).Line).Start;
        var lineBreak = before.IndexOf('\n', before.Length - suffix);
        _oldEnd = lineBreak < 0 ? before.Length : lineBreak;
        _shift = after.Length - before.Length;
    }

    /// <summary>The offset in the newer version of <paramref name="older"/>, an offset of the older one; null on a changed line.</summary>
    public int? ToNewer(int older) => older < _start ? older : older > _oldEnd ? older + _shift : null;

    /// <summary>The offset in the older version of <paramref name="newer"/>, an offset of the newer one; null on a changed line.</summary>
    public int? ToOlder(int newer) => newer < _start ? newer : newer > _oldEnd + _shift ? newer - _shift : null;

    /// <summary>A span of the older version in the newer one; null when it touches a changed line.</summary>
    public TextSpan? ToNewer(TextSpan older) =>
        ToNewer(older.Start) is { } start && ToNewer(older.End) is { } end ? TextSpan.FromBounds(start, end) : null;
}
