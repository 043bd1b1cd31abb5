namespace SunEs.Text;

/// <summary>A range of UTF-16 code units in a source text: [Start, Start + Length).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when the position is inside the span or right after its last character (a caret at the end of a word).</summary>
    public bool ContainsOrTouches(int position) => position >= Start && position <= End;

    public TextSpan Cover(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"[{Start}..{End})";
}
