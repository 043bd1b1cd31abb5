using Spectre.Console;
using SunEs.Semantics;

namespace SunEs.Cli.Show;

/// <summary>The funding windows: candidacy, selection delay, measurement, milestone, postponement.</summary>
internal static class WindowsTable
{
    public static Table Build(RulesInForce rules, ValueFormatter format)
    {
        var language = format.Language;
        var table = Tables.Create(
            format,
            language.Pick("Fenêtre", "Window"),
            language.Pick("Libellé", "Label"),
            language.Pick("Candidature", "Candidacy"),
            language.Pick("Sélection", "Selection"),
            language.Pick("Mesure", "Measurement"),
            language.Pick("Jalon", "Milestone"),
            language.Pick("Report", "Postponement")).KeepWhole(0);
        foreach (var window in rules.Windows)
        {
            Tables.AddRow(table,
                window.Symbol.Id,
                format.Sourced(window.Label),
                format.Sourced(window.Candidacy, format.Period),
                format.Sourced(window.Selection, format.Delay),
                format.Sourced(window.Measurement, format.Measurement),
                format.Sourced(window.Milestone, format.Date),
                format.Sourced(window.Postponement, postponement => language.Pick(
                    $"vers {postponement.Target.Id}\ncibles de {postponement.TargetsOf?.Id ?? "?"}\ndégressivité de {postponement.DegressivityOf?.Id ?? "?"}",
                    $"to {postponement.Target.Id}\ntargets of {postponement.TargetsOf?.Id ?? "?"}\ndegressivity of {postponement.DegressivityOf?.Id ?? "?"}")));
        }

        return table;
    }
}
