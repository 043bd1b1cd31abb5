using System.Text;
using SunEs.Documents.Formatting;
using SunEs.Documents.Model;

namespace SunEs.Documents.Rendering;

/// <summary>
/// Writes a <see cref="RulesDocument"/> as one self-contained HTML file: inline style, inline SVG,
/// no script, no external resource. Each value links to its source line in the page's last
/// section and says in its tooltip which instruction and line it comes from and what it replaced.
/// </summary>
internal sealed class HtmlRenderer(ValueText text)
{
    private readonly StringBuilder _html = new();

    public string Render(RulesDocument document)
    {
        _html.Clear();
        _html.Append("<!DOCTYPE html>\n");
        _html.Append($"<html lang=\"{document.Language}\">\n<head>\n<meta charset=\"utf-8\">\n");
        _html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        _html.Append("<meta name=\"generator\" content=\"sunes\">\n");
        _html.Append($"<title>{Html.Text(document.Title)}</title>\n<style>\n{PageStyle.Css}\n</style>\n</head>\n<body>\n");
        _html.Append($"<header>\n<h1>{Html.Text(document.Title)}</h1>\n");
        if (document.Subtitle.Length > 0)
        {
            _html.Append($"<p class=\"subtitle\">{Html.Text(document.Subtitle)}</p>\n");
        }

        if (document.Warning is { } warning)
        {
            _html.Append($"<p class=\"warning\" role=\"alert\">{Html.Text(warning)}</p>\n");
        }

        _html.Append($"<nav aria-label=\"{Html.Attribute(text.T("Sommaire", "Contents"))}\"><ul>\n");
        foreach (var section in document.Sections)
        {
            _html.Append($"<li><a href=\"#{section.Id}\">{Html.Text(section.Heading)}</a></li>\n");
        }

        _html.Append($"<li><a href=\"#sources\">{Html.Text(text.T("Sources", "Sources"))}</a></li>\n</ul></nav>\n</header>\n<main>\n");
        foreach (var section in document.Sections)
        {
            _html.Append($"<section id=\"{section.Id}\">\n<h2>{Html.Text(section.Heading)}</h2>\n");
            foreach (var block in section.Blocks)
            {
                Block(block);
            }

            _html.Append("</section>\n");
        }

        Sources(document.Sources);
        _html.Append("</main>\n<footer>");
        _html.Append(Html.Text(text.T(
            "Page produite par sunes à partir des textes des instructions. Chaque valeur renvoie à la ligne du texte dont elle vient.",
            "Page produced by sunes from the instruction texts. Every value links to the line of the text it comes from.")));
        _html.Append("</footer>\n</body>\n</html>\n");
        return _html.ToString();
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case SubHeading heading:
                _html.Append(heading.Id is { } id ? $"<h3 id=\"{id}\">" : "<h3>").Append(Html.Text(heading.Text)).Append("</h3>\n");
                break;
            case Paragraph paragraph:
                _html.Append("<p>");
                Inlines(paragraph.Content);
                _html.Append("</p>\n");
                break;
            case BulletList list:
                _html.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    _html.Append("<li>");
                    Inlines(item);
                    _html.Append("</li>\n");
                }

                _html.Append("</ul>\n");
                break;
            case Table table:
                Table(table);
                break;
            case Figure figure:
                _html.Append($"<figure class=\"timeline\">\n{figure.Svg}<figcaption>{Html.Text(figure.Caption)}</figcaption>\n</figure>\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "unknown block");
        }
    }

    private void Table(Table table)
    {
        _html.Append($"<table class=\"{table.Kind}\">\n");
        if (table.Header.Count > 0)
        {
            _html.Append("<thead>\n");
            foreach (var row in table.Header)
            {
                Row(row, inHeader: true);
            }

            _html.Append("</thead>\n");
        }

        _html.Append("<tbody>\n");
        foreach (var row in table.Body)
        {
            Row(row, inHeader: false);
        }

        _html.Append("</tbody>\n</table>\n");
    }

    private void Row(TableRow row, bool inHeader)
    {
        _html.Append(row.Kind is { } kind ? $"<tr class=\"{kind}\">" : "<tr>");
        foreach (var cell in row.Cells)
        {
            var tag = cell.IsHeader || inHeader ? "th" : "td";
            _html.Append('<').Append(tag);
            if (cell.Kind is { } cellKind)
            {
                _html.Append($" class=\"{cellKind}\"");
            }

            if (cell.ColumnSpan > 1)
            {
                _html.Append($" colspan=\"{cell.ColumnSpan}\"");
            }

            if (tag == "th" && !inHeader)
            {
                _html.Append(" scope=\"row\"");
            }

            foreach (var (name, value) in cell.Data ?? [])
            {
                _html.Append($" data-{name}=\"{Html.Attribute(value)}\"");
            }

            _html.Append('>');
            Inlines(cell.Content);
            _html.Append("</").Append(tag).Append('>');
        }

        _html.Append("</tr>\n");
    }

    private void Inlines(IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline plain:
                    _html.Append(Html.Text(plain.Text));
                    break;
                case ValueInline value:
                    Value(value.Value);
                    break;
                case BadgeInline badge:
                    _html.Append($"<span class=\"badge\">{Html.Text(badge.Text)}</span>");
                    break;
                case LinkInline link:
                    _html.Append($"<a href=\"#{link.Anchor}\">{Html.Text(link.Text)}</a>");
                    break;
                case LineBreakInline:
                    _html.Append("<br>");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(inlines), inline, "unknown inline");
            }
        }
    }

    private void Value(CitedValue value)
    {
        if (value.Source is not { } source)
        {
            _html.Append(Html.Text(value.Text));
            return;
        }

        var title = new StringBuilder(text.T("Source : ", "Source: ")).Append(source.Describe(text));
        foreach (var replaced in value.Replaced)
        {
            title.Append('\n').Append(replaced.IsRestatement
                ? text.T($"inchangé par rapport à {replaced.Source.Describe(text)}", $"unchanged from {replaced.Source.Describe(text)}")
                : text.T($"remplace « {replaced.Text} » ({replaced.Source.Describe(text)})", $"replaces '{replaced.Text}' ({replaced.Source.Describe(text)})"));
        }

        _html.Append($"<a class=\"value\" href=\"#{source.Anchor}\" title=\"{Html.Attribute(title.ToString())}\" data-source=\"{Html.Attribute(source.ShortReference)}\">{Html.Text(value.Text)}</a>");
        if (value.Assumption is { } assumption)
        {
            _html.Append($"<span class=\"assumption\">{Html.Text(assumption)}</span>");
        }

        foreach (var replaced in value.Changes)
        {
            _html.Append($"<span class=\"replaced\">{Html.Text(text.T("remplace", "replaces"))} <del>{Html.Text(replaced.Text)}</del> "
                + $"(<a href=\"#{replaced.Source.Anchor}\">{Html.Text(replaced.Source.ShortReference)}</a>)</span>");
        }
    }

    private void Sources(IReadOnlyList<SourceLine> lines)
    {
        _html.Append($"<section id=\"sources\">\n<h2>{Html.Text(text.T("Sources", "Sources"))}</h2>\n");
        _html.Append($"<p>{Html.Text(text.T("Les lignes des instructions d'où viennent les valeurs de cette page.", "The lines of the instructions the values of this page come from."))}</p>\n");
        foreach (var instruction in lines.GroupBy(line => line.InstructionNumber))
        {
            _html.Append($"<h3>{Html.Text(instruction.Key)}</h3>\n<ol class=\"source-lines\">\n");
            foreach (var line in instruction)
            {
                _html.Append($"<li id=\"{line.Anchor}\"><span class=\"line-number\">{Html.Text(text.T("l.", "l."))}{line.Line}</span>{Html.Text(line.Text.TrimStart())}</li>\n");
            }

            _html.Append("</ol>\n");
        }

        _html.Append("</section>\n");
    }
}
