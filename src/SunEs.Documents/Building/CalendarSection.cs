using SunEs.Documents.Model;
using SunEs.Documents.Timeline;
using SunEs.Semantics;

namespace SunEs.Documents.Building;

/// <summary>The funding windows: the timeline picture, then each window's dates with their sources.</summary>
internal static class CalendarSection
{
    public const string TimelineFileName = "calendrier.svg";

    public static DocumentSection Build(RulesInForce rules, RulesInForce? compared, Citations cite)
    {
        var text = cite.Text;
        var timeline = TimelineModel.Build(rules, compared, text);
        var caption = compared is null
            ? text.T("Candidature, sélection par l'ARS, période de mesure et jalon de chaque fenêtre.",
                "Candidacy, selection by the ARS, measurement period and milestone of each window.")
            : text.T($"En plein : les règles au {text.Date(rules.AsOf)} ; en pointillés : les règles au {text.Date(compared.AsOf)}.",
                $"Solid: the rules on {text.Date(rules.AsOf)}; dashed: the rules on {text.Date(compared.AsOf)}.");
        var blocks = new List<Block> { new Figure(new TimelineSvg(text).Render(timeline, standalone: false), TimelineFileName, caption) };

        var header = new TableRow(
        [
            TableCell.Text(text.T("Fenêtre", "Window"), true),
            TableCell.Text(text.T("Candidature", "Candidacy"), true),
            TableCell.Text(text.T("Sélection", "Selection"), true),
            TableCell.Text(text.T("Mesure", "Measurement"), true),
            TableCell.Text(text.T("Jalon", "Milestone"), true),
            TableCell.Text(text.T("Report", "Postponement"), true),
        ]);
        var rows = rules.Windows.Select(window =>
        {
            KeyValuePair<string, string>[] data = [new("window", window.Symbol.Id)];
            var name = window.Label is null
                ? new TableCell([new TextInline(window.Symbol.Id)], IsHeader: true)
                : new TableCell([new TextInline(window.Symbol.Id), new LineBreakInline(), new ValueInline(cite.Cite(window.Label))], IsHeader: true);
            return new TableRow(
            [
                name,
                TableCell.Value(cite.Cite(window.Candidacy, text.Period), "candidature", data),
                TableCell.Value(cite.Cite(window.Selection, text.Delay), "selection", data),
                TableCell.Value(cite.Cite(window.Measurement, text.Measurement), "mesure", data),
                TableCell.Value(cite.Cite(window.Milestone, text.Date), "jalon", data),
                TableCell.Value(cite.Cite(window.Postponement, target => text.T($"vers {target.Id}", $"to {target.Id}")), "report", data),
            ]);
        }).ToList();
        blocks.Add(new Table("windows", [header], rows));
        return new DocumentSection("calendrier", text.T("Fenêtres de financement", "Funding windows"), blocks);
    }
}
