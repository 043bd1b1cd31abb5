using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreText = Spectre.Console.Text;

namespace SunEs.Cli.Show;

/// <summary>Tables of plain text: values are never read as Spectre markup, whatever they contain.</summary>
internal static class Tables
{
    /// <summary>A table with bold headers; rows are separated by lines when cells span several lines (provenance).</summary>
    public static Table Create(ValueFormatter format, params string[] headers)
    {
        var table = new Table().Border(TableBorder.Square);
        table.ShowRowSeparators = format.ShowsProvenance;
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new SpectreText(header, new Style(decoration: Decoration.Bold))));
        }

        return table;
    }

    /// <summary>Keeps identifiers and dates whole: other columns wrap when the console is narrow.</summary>
    public static Table KeepWhole(this Table table, params int[] columns)
    {
        foreach (var column in columns)
        {
            table.Columns[column].NoWrap();
        }

        return table;
    }

    public static void AddRow(Table table, params string[] cells) =>
        table.AddRow(cells.Select(cell => (IRenderable)new SpectreText(cell)).ToArray());

    /// <summary>A section title: a horizontal rule with the title on the left.</summary>
    public static Rule Heading(string title) => new Rule(Markup.Escape(title)).LeftJustified();
}
