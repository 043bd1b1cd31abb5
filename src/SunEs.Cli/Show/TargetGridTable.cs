using Spectre.Console;
using SunEs.Semantics;

namespace SunEs.Cli.Show;

/// <summary>
/// A volet's target grid laid out like the published table: one row per indicator, one column per
/// window of the volet, "55 %", "oui" or "/" in the cells; the degressivity of the flat amounts last.
/// </summary>
internal static class TargetGridTable
{
    private const int LabelLength = 60;

    public static Table Build(VoletInForce volet, RulesInForce rules, ValueFormatter format)
    {
        var language = format.Language;
        var windows = volet.WindowList;
        var headers = new List<string> { language.Pick("Domaine", "Domain"), language.Pick("Indicateur", "Indicator") };
        headers.AddRange(windows.Select(window => rules.FindWindow(window)?.Measurement?.Value.Label is { } label ? $"{window.Id}\n{label}" : window.Id));
        var table = Tables.Create(format, [.. headers]);

        foreach (var domain in volet.Domains)
        {
            var first = true;
            foreach (var indicator in domain.Indicators)
            {
                var cells = new List<string>
                {
                    first ? domain.Symbol.Id : string.Empty,
                    IndicatorCell(indicator, format),
                };
                cells.AddRange(windows.Select(window => format.Sourced(volet.TargetFor(indicator.Symbol, window), target => target.ToString())));
                Tables.AddRow(table, [.. cells]);
                first = false;
            }
        }

        if (volet.Degressivity.Count > 0)
        {
            var cells = new List<string> { string.Empty, language.Pick("Dégressivité des forfaits", "Degressivity of flat amounts") };
            cells.AddRange(windows.Select(window => format.Sourced(volet.Degressivity.GetValueOrDefault(window), ValueFormatter.Percentage)));
            if (!table.ShowRowSeparators)
            {
                table.AddEmptyRow();
            }

            Tables.AddRow(table, [.. cells]);
        }

        return table;
    }

    private static string IndicatorCell(IndicatorInForce indicator, ValueFormatter format)
    {
        var name = indicator.IsBonus ? $"{indicator.Symbol.Id} (bonus)" : indicator.Symbol.Id;
        return indicator.Label is null ? name : $"{name} {format.Sourced(indicator.Label, label => ValueFormatter.Shorten(label, LabelLength))}";
    }
}
