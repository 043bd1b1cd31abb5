using System.Text;
using SunEs.Diagnostics;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.LanguageServer.Workspaces;
using SunEs.Syntax;

namespace SunEs.LanguageServer.Features.CodeActions;

/// <summary>
/// SUN0503, a target grid without a cell for an indicator in a window: write « / » where it is
/// missing — the cell at the end of the row, the window's column in every row, or the whole row.
/// </summary>
internal static class GridFix
{
    private const int DefaultGap = 4;

    public static CodeAction? For(FeatureContext context, Diagnostic diagnostic)
    {
        // SUN0503's arguments: the date, the volet, the indicators, the windows without a cell.
        if (diagnostic.Arguments is not [_, string volet, NameList { Names: var indicators }, NameList { Names: var windows }])
        {
            return null;
        }

        if (FindGrid(context, diagnostic, volet) is not ({ } document, { } grid))
        {
            return null;
        }

        var text = document.Text;
        var header = grid.Windows.Where(w => !w.IsMissing).ToList();
        if (header.Count == 0)
        {
            return null;
        }

        var newColumns = windows.Where(w => header.All(h => h.Text != w)).ToList();
        var columns = header.Select(h => Edits.Column(text, h.Span.Start)).ToList();
        var step = columns.Count > 1 ? columns[^1] - columns[^2] : header[^1].Span.Length + DefaultGap;
        for (var i = 0; i < newColumns.Count; i++)
        {
            columns.Add(columns[^1] + Math.Max(step, header[^1].Span.Length + 1));
        }

        var edits = new List<TextEdit>();
        if (newColumns.Count > 0)
        {
            var headerEnd = header[^1].Span.End;
            var line = new StringBuilder();
            var column = Edits.Column(text, headerEnd);
            for (var i = 0; i < newColumns.Count; i++)
            {
                line.Append(Pad(column, columns[header.Count + i])).Append(newColumns[i]);
                column = columns[header.Count + i] + newColumns[i].Length;
            }

            edits.Add(Insert(text, headerEnd, line.ToString()));
        }

        var rows = grid.Rows.Where(r => indicators.Contains(r.Indicator.Text)).ToList();
        var absent = indicators.Where(indicator => rows.All(r => r.Indicator.Text != indicator)).ToList();
        foreach (var existing in grid.Rows.Where(r => newColumns.Count > 0 || rows.Contains(r)))
        {
            var end = existing.Cells.Count > 0 ? existing.Cells[^1].Span.End : existing.Indicator.Span.End;
            var cells = AppendCells(Edits.Column(text, end), columns, existing.Cells.Count);
            if (cells.Length > 0)
            {
                edits.Add(Insert(text, end, cells));
            }
        }

        if (absent.Count > 0)
        {
            var after = grid.Rows.Count > 0 ? grid.Rows[^1].Span.End : header[^1].Span.End;
            var indent = Edits.Indentation(text, grid.Rows.Count > 0 ? grid.Rows[^1].Span.Start : grid.Windows[0].Span.Start);
            var keywordColumn = grid.Rows.Count > 0 ? Edits.Column(text, grid.Rows[^1].Indicator.Span.Start) : indent.Length;
            var added = string.Concat(absent.Select(indicator =>
            {
                var start = new string(' ', keywordColumn) + indicator;
                return "\n" + start + AppendCells(start.Length, columns, 0);
            }));
            edits.Add(Insert(text, after, added));
        }

        var named = string.Join(", ", indicators);
        var title = absent.Count > 0
            ? context.T($"Ajouter la ligne {string.Join(", ", absent)} à la grille du volet {volet} (« / »)", $"Add row {string.Join(", ", absent)} to the grid of volet {volet} ('/')")
            : newColumns.Count > 0
                ? context.T($"Ajouter la colonne {string.Join(", ", newColumns)} à la grille du volet {volet} (« / »)", $"Add column {string.Join(", ", newColumns)} to the grid of volet {volet} ('/')")
                : context.T($"Ajouter « / » pour {named} en {string.Join(", ", windows)}", $"Add '/' for {named} in {string.Join(", ", windows)}");

        return new CodeAction(title, CodeActionKind.QuickFix, Edits.Single(document.Uri, [.. edits]));
    }

    /// <summary>The grid of the volet that holds the diagnostic; else the latest grid of that volet in the workspace.</summary>
    private static (Document?, TargetGridSyntax?) FindGrid(FeatureContext context, Diagnostic diagnostic, string volet)
    {
        var here = context.Tree.Root.Declarations.OfType<TargetGridSyntax>().Where(g => g.Volet.Text == volet).ToList();
        if (here.FirstOrDefault(g => g.Span.Contains(diagnostic.Location.Span.Start)) is { } containing)
        {
            return (context.Document, containing);
        }

        var ordered = context.Compilation.Instructions.Reverse().Select(i => context.Snapshot.FindBySource(i.Tree.Text)).OfType<Document>().Prepend(context.Document);
        foreach (var document in ordered)
        {
            if (document.Tree.Root.Declarations.OfType<TargetGridSyntax>().LastOrDefault(g => g.Volet.Text == volet) is { } grid)
            {
                return (document, grid);
            }
        }

        return (null, null);
    }

    /// <summary>" /" cells from index <paramref name="from"/> to the last column, each aligned under its header window.</summary>
    private static string AppendCells(int column, List<int> columns, int from)
    {
        var cells = new StringBuilder();
        for (var i = from; i < columns.Count; i++)
        {
            cells.Append(Pad(column, columns[i])).Append('/');
            column = Math.Max(column + 1, columns[i]) + 1;
        }

        return cells.ToString();
    }

    private static string Pad(int column, int target) => new(' ', Math.Max(1, target - column));

    private static TextEdit Insert(SunEs.Text.SourceText text, int offset, string newText)
    {
        var position = PositionConverter.ToPosition(text, offset);
        return new TextEdit(new Protocol.Range(position, position), newText);
    }
}
