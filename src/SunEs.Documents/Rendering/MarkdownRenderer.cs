using System.Text;
using SunEs.Documents.Formatting;
using SunEs.Documents.Model;

namespace SunEs.Documents.Rendering;

/// <summary>
/// Writes a <see cref="RulesDocument"/> as Markdown: the same sections and tables, each value a
/// link to its source line (with the source in the link's title), replaced values struck through,
/// the timeline as an image beside the file.
/// </summary>
internal sealed class MarkdownRenderer(ValueText text)
{
    private readonly StringBuilder _md = new();

    public string Render(RulesDocument document)
    {
        _md.Clear();
        _md.Append($"# {Escape(document.Title)}\n\n");
        if (document.Subtitle.Length > 0)
        {
            _md.Append($"{Escape(document.Subtitle)}\n\n");
        }

        if (document.Warning is { } warning)
        {
            _md.Append($"> **{Escape(warning)}**\n\n");
        }

        foreach (var section in document.Sections)
        {
            _md.Append($"<a id=\"{section.Id}\"></a>\n\n## {Escape(section.Heading)}\n\n");
            foreach (var block in section.Blocks)
            {
                Block(block);
            }
        }

        _md.Append($"<a id=\"sources\"></a>\n\n## {text.T("Sources", "Sources")}\n\n");
        foreach (var instruction in document.Sources.GroupBy(line => line.InstructionNumber))
        {
            _md.Append($"### {Escape(instruction.Key)}\n\n");
            foreach (var line in instruction)
            {
                _md.Append($"- <a id=\"{line.Anchor}\"></a>l.{line.Line} {Code(line.Text)}\n");
            }

            _md.Append('\n');
        }

        return _md.ToString();
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case SubHeading heading:
                _md.Append(heading.Id is { } id ? $"<a id=\"{id}\"></a>\n\n" : string.Empty).Append($"### {Escape(heading.Text)}\n\n");
                break;
            case Paragraph paragraph:
                _md.Append(Inlines(paragraph.Content)).Append("\n\n");
                break;
            case BulletList list:
                foreach (var item in list.Items)
                {
                    _md.Append("- ").Append(Inlines(item)).Append('\n');
                }

                _md.Append('\n');
                break;
            case Table table:
                Table(table);
                break;
            case Figure figure:
                _md.Append($"![{Escape(figure.Caption)}]({figure.FileName})\n\n*{Escape(figure.Caption)}*\n\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "unknown block");
        }
    }

    private void Table(Table table)
    {
        var width = table.Header.Concat(table.Body).Max(row => row.Cells.Sum(cell => cell.ColumnSpan));
        var header = table.Header.Count > 0 ? table.Header[0] : null;
        _md.Append(Row(header, width)).Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
        foreach (var row in table.Header.Skip(1).Concat(table.Body))
        {
            _md.Append(Row(row, width));
        }

        _md.Append('\n');
    }

    /// <summary>A row padded to the table's width: Markdown has no column spans, so a spanning cell leaves empty ones after it.</summary>
    private string Row(TableRow? row, int width)
    {
        var cells = new List<string>();
        foreach (var cell in row?.Cells ?? [])
        {
            var content = Inlines(cell.Content);
            cells.Add(cell.IsHeader && row?.Kind is not null && content.Length > 0 ? $"**{content}**" : content);
            cells.AddRange(Enumerable.Repeat(string.Empty, cell.ColumnSpan - 1));
        }

        while (cells.Count < width)
        {
            cells.Add(string.Empty);
        }

        return "| " + string.Join(" | ", cells) + " |\n";
    }

    private string Inlines(IReadOnlyList<Inline> inlines)
    {
        var builder = new StringBuilder();
        foreach (var inline in inlines)
        {
            builder.Append(inline switch
            {
                TextInline plain => Escape(plain.Text),
                ValueInline value => Value(value.Value),
                BadgeInline badge => " " + Code(badge.Text),
                LinkInline link => $"[{Escape(link.Text)}](#{link.Anchor})",
                LineBreakInline => "<br>",
                _ => throw new ArgumentOutOfRangeException(nameof(inlines), inline, "unknown inline"),
            });
        }

        return builder.ToString();
    }

    private string Value(CitedValue value)
    {
        if (value.Source is not { } source)
        {
            return Escape(value.Text);
        }

        var builder = new StringBuilder($"[{Escape(value.Text)}](#{source.Anchor} \"{TitleText(source.Describe(text))}\")");
        if (value.Assumption is { } assumption)
        {
            builder.Append($" *({Escape(assumption)})*");
        }

        foreach (var replaced in value.Changes)
        {
            builder.Append($" ({text.T("remplace", "replaces")} ~~{Escape(replaced.Text)}~~, [{Escape(replaced.Source.ShortReference)}](#{replaced.Source.Anchor}))");
        }

        return builder.ToString();
    }

    /// <summary>
    /// User text as Markdown that reads as that text and nothing else: every ASCII punctuation
    /// character CommonMark or GFM gives a meaning to is backslash-escaped (emphasis, code,
    /// links and images, raw HTML and entities, strikethrough, table pipes), and so is one that
    /// would start a block at the beginning of a fragment (list, heading underline); line
    /// breaks become spaces, unprintable characters their visible symbol.
    /// </summary>
    private static string Escape(string text)
    {
        var line = OneLine(text);
        var builder = new StringBuilder(line.Length);
        var digitsSoFar = true;
        for (var index = 0; index < line.Length; index++)
        {
            var c = line[index];
            var startsBlock = (index == 0 && c is '-' or '+' or '=') || (index > 0 && digitsSoFar && c is '.' or ')');
            digitsSoFar &= char.IsAsciiDigit(c);
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '&' or '!' || startsBlock)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string TitleText(string text) => OneLine(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "'", StringComparison.Ordinal);

    /// <summary>
    /// A code span that holds the text whatever it holds: delimited by one more backtick than the
    /// longest run of backticks in it, with a space inside each end when the text starts or ends
    /// with a backtick or a space (CommonMark removes that one space), so a source line with « `` »
    /// can neither close it early nor let what follows be read as HTML.
    /// </summary>
    private static string Code(string text)
    {
        var line = OneLine(text);
        var longestRun = 0;
        var run = 0;
        foreach (var c in line)
        {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
        }

        var fence = new string('`', longestRun + 1);
        var padded = line.Length == 0 || line[0] == '`' || line[^1] == '`' || (line[0] == ' ' && line[^1] == ' ');
        return padded ? $"{fence} {line} {fence}" : $"{fence}{line}{fence}";
    }

    private static string OneLine(string text) => Printable.Of(text).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
}
