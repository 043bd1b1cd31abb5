using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Syntax;
using SunEs.Syntax.Formatting;
using SunEs.Text;

namespace SunEs.LanguageServer.Features;

/// <summary>
/// Formatting through the syntax layer's canonical layout. The formatter changes only white
/// space, so the edits are the runs of white space that differ between the text and its
/// formatted form: the client keeps its cursor and marks wherever nothing moved. A text with
/// syntax errors is never touched (no edits).
/// </summary>
public static class FormattingService
{
    public static IReadOnlyList<TextEdit> Format(SyntaxTree tree) => Edits(tree, range: null);

    /// <summary>The edits of <see cref="Format"/> that lie inside the range (a selection).</summary>
    public static IReadOnlyList<TextEdit> FormatRange(SyntaxTree tree, TextSpan range) => Edits(tree, range);

    private static IReadOnlyList<TextEdit> Edits(SyntaxTree tree, TextSpan? range)
    {
        if (SyntaxFormatter.Format(tree) is not { } formatted)
        {
            return [];
        }

        var text = tree.Text;
        var spans = WhitespaceChanges(text.Content, formatted);
        if (spans is null)
        {
            // Cannot happen while the formatter only moves white space; replacing everything is still correct.
            return range is null && formatted != text.Content ? [new TextEdit(PositionConverter.ToRange(text, new TextSpan(0, text.Length)), formatted)] : [];
        }

        return spans
            .Where(change => range is not { } selection || (selection.Start <= change.Span.Start && change.Span.End <= selection.End))
            .Select(change => new TextEdit(PositionConverter.ToRange(text, change.Span), change.NewText))
            .ToList();
    }

    /// <summary>
    /// Pairs the non-white-space characters of both texts one to one and returns each run of white
    /// space of the original (before, between or after them) that differs from its counterpart;
    /// null if the two texts do not have the same non-white-space characters.
    /// </summary>
    private static List<(TextSpan Span, string NewText)>? WhitespaceChanges(string original, string formatted)
    {
        var changes = new List<(TextSpan, string)>();
        var i = 0;
        var j = 0;
        while (true)
        {
            var runStart = i;
            var formattedRunStart = j;
            while (i < original.Length && char.IsWhiteSpace(original[i]))
            {
                i++;
            }

            while (j < formatted.Length && char.IsWhiteSpace(formatted[j]))
            {
                j++;
            }

            var run = original.AsSpan(runStart, i - runStart);
            var formattedRun = formatted.AsSpan(formattedRunStart, j - formattedRunStart);
            if (!run.SequenceEqual(formattedRun))
            {
                changes.Add((TextSpan.FromBounds(runStart, i), formattedRun.ToString()));
            }

            if (i == original.Length || j == formatted.Length)
            {
                return i == original.Length && j == formatted.Length ? changes : null;
            }

            while (i < original.Length && j < formatted.Length && !char.IsWhiteSpace(original[i]) && original[i] == formatted[j])
            {
                i++;
                j++;
            }

            if (i < original.Length && j < formatted.Length && !char.IsWhiteSpace(original[i]) && !char.IsWhiteSpace(formatted[j]))
            {
                return null;
            }
        }
    }
}
