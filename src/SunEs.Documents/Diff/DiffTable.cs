using System.Text;
using SunEs.Documents.Formatting;

namespace SunEs.Documents.Diff;

/// <summary>
/// The changes as a text table for a terminal: rule, before, after, source; long values wrap
/// inside their column so nothing is cut. What the texts hold is shown, never sent to the
/// terminal as is: a line break stays inside its cell, an escape sequence shows as « ␛[… ».
/// </summary>
internal static class DiffTable
{
    private static readonly int[] Widths = [34, 42, 42, 14];

    public static string Render(RulesDiff diff, ValueText text)
    {
        var output = new StringBuilder();
        output.Append(OneLine(DiffSummary.Title(diff, text))).Append('\n');
        foreach (var line in DiffSummary.InstructionLines(diff, text))
        {
            output.Append(OneLine(line)).Append('\n');
        }

        output.Append('\n');
        if (diff.Changes.Count == 0)
        {
            output.Append(DiffSummary.NoChange(text)).Append('\n');
            return output.ToString();
        }

        Row(output, [text.T("Règle", "Rule"), text.T("Avant", "Before"), text.T("Après", "After"), text.T("Texte", "Text")]);
        output.Append(string.Join("  ", Widths.Select(width => new string('─', width))).TrimEnd()).Append('\n');
        foreach (var change in diff.Changes)
        {
            Row(output, [change.Rule, change.Before ?? text.T("(absente)", "(none)"), change.After ?? text.T("(supprimée)", "(removed)"), change.Source.ShortReference]);
            if (change.Assumption is { } assumption)
            {
                Row(output, [string.Empty, string.Empty, $"({assumption})", string.Empty]);
            }
        }

        output.Append('\n').Append(DiffSummary.Count(diff, text)).Append('\n');
        return output.ToString();
    }

    private static void Row(StringBuilder output, string[] cells)
    {
        var wrapped = cells.Select((cell, index) => Wrap(OneLine(cell), Widths[index])).ToList();
        var height = wrapped.Max(lines => lines.Count);
        for (var line = 0; line < height; line++)
        {
            var parts = wrapped.Select((lines, index) => (line < lines.Count ? lines[line] : string.Empty).PadRight(Widths[index]));
            output.Append(string.Join("  ", parts).TrimEnd()).Append('\n');
        }
    }

    private static string OneLine(string text) => Printable.Of(text).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

    /// <summary>Breaks at spaces to fit the width; a word longer than the width gets its own lines.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            var rest = word;
            while (rest.Length > width)
            {
                lines.Add(rest[..width]);
                rest = rest[width..];
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(rest);
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }
}
