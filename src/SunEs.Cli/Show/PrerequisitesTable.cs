using Spectre.Console;
using SunEs.Semantics;

namespace SunEs.Cli.Show;

/// <summary>The prerequisites of a candidacy, by group: the volets they apply to and the windows that tolerate them.</summary>
internal static class PrerequisitesTable
{
    public static Table Build(RulesInForce rules, ValueFormatter format)
    {
        var language = format.Language;
        var table = Tables.Create(
            format,
            language.Pick("Groupe", "Group"),
            language.Pick("Prérequis", "Prerequisite"),
            language.Pick("Libellé", "Label"),
            "Volets",
            language.Pick("Tolérance", "Tolerance")).KeepWhole(1);
        foreach (var group in rules.Prerequisites.GroupBy(prerequisite => prerequisite.Group?.Value))
        {
            var first = true;
            foreach (var prerequisite in group)
            {
                Tables.AddRow(table,
                    first ? format.Sourced(prerequisite.Group) : string.Empty,
                    prerequisite.Symbol.Id,
                    format.Sourced(prerequisite.Label),
                    prerequisite.VoletList is null ? language.Pick("tous", "all") : format.Sourced(prerequisite.VoletList, format.Entities),
                    format.Sourced(prerequisite.Tolerance, format.Entities));
                first = false;
            }
        }

        return table;
    }
}
