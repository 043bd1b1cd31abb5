using Spectre.Console;
using SunEs.Diagnostics;
using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// The decisions as a table: one line per evaluated row, with its explanation. Refused rows are
/// reported on the error stream. Every cell is shown with its control and invisible characters
/// escaped: a value can break neither the table nor the terminal.
/// </summary>
internal static class TableOutput
{
    public static void Write(IReadOnlyList<RowOutcome> outcomes, IAnsiConsole console, MessageLanguage language)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in language == MessageLanguage.English
            ? new[] { "Line", "Establishment", "Window", "Admissible", "Domains", "Total", "Explanation" }
            : ["Ligne", "Établissement", "Fenêtre", "Recevable", "Domaines", "Total", "Explication"])
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var outcome in outcomes.Where(outcome => outcome.Decision is not null))
        {
            var decision = outcome.Decision!;
            table.AddRow(
                new Spectre.Console.Text(outcome.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Cell(decision.Establishment),
                Cell(decision.WindowId),
                new Spectre.Console.Text(DecisionTexts.Admissibility(decision.Admissibility, language)),
                new Spectre.Console.Text(string.Join("\n", decision.Domains.Select(domain => Printable(DecisionTexts.Domain(domain, language))))),
                new Spectre.Console.Text(DecisionTexts.Euros(decision.Total, language)),
                Cell(decision.Explanation.In(language == MessageLanguage.English)));
        }

        console.Write(table);
    }

    private static Spectre.Console.Text Cell(string text) => new(Printable(text));

    private static string Printable(string text) => UntrustedText.Printable(text, int.MaxValue);
}
