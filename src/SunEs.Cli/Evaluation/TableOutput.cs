using Spectre.Console;
using SunEs.Diagnostics;
using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// The decisions as tables for people: one line per evaluated row, with its explanation unless
/// <c>--explain none</c>. A table is laid out once its rows are known, so a long batch is shown as
/// tables of <see cref="RowsPerTable"/> rows, each written when full: memory does not grow with the
/// batch. Refused rows are reported on the error stream. Every cell is shown with its control and
/// invisible characters escaped: a value can break neither the table nor the terminal.
/// </summary>
internal sealed class TableOutput(IAnsiConsole console, MessageLanguage language, ExplanationLevel explanation) : IOutcomeWriter
{
    public const int RowsPerTable = 500;

    private readonly List<RowOutcome> _rows = [];

    public void Write(RowOutcome outcome)
    {
        if (outcome.Decision is null)
        {
            return;
        }

        _rows.Add(outcome);
        if (_rows.Count == RowsPerTable)
        {
            WriteTable();
        }
    }

    public void Complete(long evaluated, long refused)
    {
        if (_rows.Count > 0 || evaluated == 0)
        {
            WriteTable();
        }
    }

    private void WriteTable()
    {
        var english = language == MessageLanguage.English;
        var table = new Table().Border(TableBorder.Rounded);
        var headers = english
            ? new[] { "Line", "Establishment", "Window", "Admissible", "Domains", "Total", "Explanation" }
            : ["Ligne", "Établissement", "Fenêtre", "Recevable", "Domaines", "Total", "Explication"];
        foreach (var header in headers.Take(explanation == ExplanationLevel.None ? headers.Length - 1 : headers.Length))
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var outcome in _rows)
        {
            var decision = outcome.Decision!;
            var cells = new List<Spectre.Console.Rendering.IRenderable>
            {
                new Spectre.Console.Text(outcome.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Cell(decision.Establishment),
                Cell(decision.WindowId),
                new Spectre.Console.Text(DecisionTexts.Admissibility(decision.Admissibility, language)),
                new Spectre.Console.Text(string.Join("\n", decision.Summaries.Select(domain => Printable(DecisionTexts.Domain(domain, language))))),
                new Spectre.Console.Text(DecisionTexts.Euros(decision.Total, language)),
            };
            if (Explanations.Text(decision, explanation, english) is { } text)
            {
                cells.Add(Cell(text));
            }

            table.AddRow(cells);
        }

        console.Write(table);
        _rows.Clear();
    }

    private static Spectre.Console.Text Cell(string text) => new(Printable(text));

    private static string Printable(string text) => UntrustedText.Printable(text, int.MaxValue);
}
