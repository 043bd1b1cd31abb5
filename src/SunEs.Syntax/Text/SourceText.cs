namespace SunEs.Text;

/// <summary>
/// An immutable source document: its path (as given by the caller, used only for display
/// and identity) and its text, with a line map for offset ↔ line/column conversions.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string path, string content)
    {
        Path = path;
        Content = content;
        _lineStarts = ComputeLineStarts(content);
    }

    public string Path { get; }

    public string Content { get; }

    public int Length => Content.Length;

    public int LineCount => _lineStarts.Length;

    public string this[TextSpan span] => Content.Substring(span.Start, span.Length);

    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Content.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>Converts a line/column to an offset; out-of-range positions are clamped to the text.</summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _lineStarts.Length)
        {
            return Content.Length;
        }

        var lineStart = _lineStarts[position.Line];
        var lineEnd = GetLineEnd(position.Line);
        return Math.Clamp(lineStart + Math.Max(0, position.Character), lineStart, lineEnd);
    }

    public bool IsValidPosition(LinePosition position) =>
        position.Line >= 0 && position.Line < _lineStarts.Length && position.Character >= 0
        && _lineStarts[position.Line] + position.Character <= GetLineEnd(position.Line);

    public TextSpan GetLineSpan(int line) => TextSpan.FromBounds(_lineStarts[line], GetLineEnd(line));

    public string GetLineText(int line) => this[GetLineSpan(line)];

    private int GetLineEnd(int line)
    {
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Content.Length;
        while (end > _lineStarts[line] && (Content[end - 1] == '\n' || Content[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    private static int[] ComputeLineStarts(string content)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\r')
            {
                if (i + 1 < content.Length && content[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
