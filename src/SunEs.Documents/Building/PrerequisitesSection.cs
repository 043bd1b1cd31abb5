using SunEs.Documents.Formatting;
using SunEs.Documents.Model;
using SunEs.Semantics;

namespace SunEs.Documents.Building;

/// <summary>The prerequisites by group, each with the volets it applies to and the windows it is tolerated in.</summary>
internal static class PrerequisitesSection
{
    public static DocumentSection Build(RulesInForce rules, Citations cite)
    {
        var text = cite.Text;
        var blocks = new List<Block>();
        var groups = rules.Prerequisites.GroupBy(prerequisite => prerequisite.Group?.Value is { } group ? ValueText.OneLine(group) : null);
        foreach (var group in groups)
        {
            var first = group.First();
            blocks.Add(group.Key is null
                ? new Paragraph(text.T("Sans groupe", "Without group"))
                : new Paragraph([new TextInline(text.T("Groupe ", "Group ")), new ValueInline(cite.Cite(first.Group))]));
            var header = new TableRow(
            [
                TableCell.Text(text.T("Prérequis", "Prerequisite"), true),
                TableCell.Text(text.T("Libellé", "Label"), true),
                TableCell.Text(text.T("Volets", "Volets"), true),
                TableCell.Text(text.T("Tolérance", "Tolerance"), true),
            ]);
            var rows = group.Select(prerequisite => new TableRow(
            [
                new TableCell([new TextInline(prerequisite.Symbol.Id)], IsHeader: true, Data: [new("prerequisite", prerequisite.Symbol.Id)]),
                TableCell.Value(cite.Cite(prerequisite.Label), "label"),
                TableCell.Value(prerequisite.VoletList is null ? CitedValue.Plain(text.T("tous", "all")) : cite.Cite(prerequisite.VoletList, text.Entities), "volets"),
                TableCell.Value(prerequisite.Tolerance is null
                    ? CitedValue.Plain(text.T("aucune", "none"))
                    : cite.Cite(prerequisite.Tolerance, windows => text.T($"tolérance en {text.Entities(windows)}", $"tolerated in {text.Entities(windows)}")), "tolerance"),
            ])).ToList();
            blocks.Add(new Table("prerequisites", [header], rows));
        }

        if (blocks.Count == 0)
        {
            blocks.Add(new Paragraph(text.T("Aucun prérequis en vigueur.", "No prerequisite in force.")));
        }

        return new DocumentSection("prerequis", text.T("Prérequis", "Prerequisites"), blocks);
    }
}
