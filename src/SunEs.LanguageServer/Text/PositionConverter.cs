using SunEs.LanguageServer.Protocol;
using SunEs.Text;

namespace SunEs.LanguageServer.Text;

/// <summary>
/// Converts between protocol positions (zero-based line, UTF-16 character) and offsets in a
/// <see cref="SourceText"/>. Requests are validated: a line outside the document or a negative
/// character is an error; a character past the end of its line means the end of the line, as
/// the protocol specifies.
/// </summary>
public static class PositionConverter
{
    public static Position ToPosition(SourceText text, int offset)
    {
        var position = text.GetLinePosition(offset);
        return new Position(position.Line, position.Character);
    }

    public static Protocol.Range ToRange(SourceText text, TextSpan span) =>
        new(ToPosition(text, span.Start), ToPosition(text, span.End));

    public static Protocol.Range ToRange(SunEs.Text.Location location) => ToRange(location.Source, location.Span);

    /// <summary>The offset of a position sent by the client in a request; throws InvalidParams when it lies outside the text.</summary>
    public static int ToOffset(SourceText text, Position? position)
    {
        if (position is null || position.Line < 0 || position.Character < 0 || position.Line >= text.LineCount)
        {
            throw new LspException(LspErrorCodes.InvalidParams,
                $"Position {position?.Line}:{position?.Character} is outside the document ({text.LineCount} lines).");
        }

        return text.GetOffset(new LinePosition(position.Line, position.Character));
    }

    /// <summary>The span of a range sent by the client in a request (validated like positions; an end before the start is refused).</summary>
    public static TextSpan ToSpan(SourceText text, Protocol.Range? range)
    {
        if (range is null)
        {
            throw new LspException(LspErrorCodes.InvalidParams, "A range is required.");
        }

        if (IsReversed(range))
        {
            throw new LspException(LspErrorCodes.InvalidParams, $"The range ends ({range.End.Line}:{range.End.Character}) before it starts ({range.Start.Line}:{range.Start.Character}).");
        }

        var start = ToOffset(text, range.Start);
        var end = range.End.Line >= text.LineCount ? text.Length : ToOffset(text, range.End);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>
    /// The span an edit from the client applies to: positions outside the text are clamped to it
    /// rather than refused, so a slightly stale edit never stops synchronisation. A reversed range
    /// is not an edit: see <see cref="IsReversed"/>.
    /// </summary>
    public static TextSpan ToEditSpan(SourceText text, Protocol.Range range)
    {
        var start = text.GetOffset(new LinePosition(range.Start.Line, range.Start.Character));
        var end = text.GetOffset(new LinePosition(range.End.Line, range.End.Character));
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>Whether the range ends before it starts: swapping its ends would change text the client never meant to touch.</summary>
    public static bool IsReversed(Protocol.Range range) =>
        range.End.Line < range.Start.Line || (range.End.Line == range.Start.Line && range.End.Character < range.Start.Character);
}
