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
                TableCell.Value(cite.Cite(window.Postponement, text.Postponement), "report", data),
            ]);
        }).ToList();
        blocks.Add(new Table("windows", [header], rows));
        blocks.AddRange(DecidingRules(rules, cite));
        return new DocumentSection("calendrier", text.T("Fenêtres de financement", "Funding windows"), blocks);
    }

    /// <summary>How the calendar and the territory act on decisions: each rule in force, cited, and the dates it compares with.</summary>
    private static IEnumerable<Block> DecidingRules(RulesInForce rules, Citations cite)
    {
        var text = cite.Text;
        var items = new List<IReadOnlyList<Inline>>();
        foreach (var programme in rules.Programmes)
        {
            foreach (var rule in programme.CalendarRules.Values.OrderBy(rule => rule.Value))
            {
                items.Add([new ValueInline(cite.CiteAsWritten(rule)), new TextInline(" — " + text.CalendarRule(rule.Value))]);
            }

            if (programme.OverseasScope is { } scope)
            {
                items.Add([new TextInline(text.T("Territoires : ", "Territories: ")), new ValueInline(cite.Cite(scope, text.OverseasScope))]);
            }

            foreach (var condition in programme.AdmissibilityConditions.Concat(programme.Volets.SelectMany(volet => volet.AdmissibilityConditions)))
            {
                items.Add([new TextInline(text.T("Recevable si ", "Admissible if ")), new ValueInline(cite.CiteAsWritten(condition))]);
            }
        }

        foreach (var window in rules.Windows.Where(window => window.Postponement is not null))
        {
            var postponement = window.Postponement!.Value;
            var target = rules.FindWindow(postponement.Target);
            var milestone = target?.Milestone?.Value is { } date ? text.Date(date) : text.T("inconnu", "unknown");
            items.Add([
                new TextInline(text.T($"Report de {window.Symbol.Id} : ", $"Postponement of {window.Symbol.Id}: ")),
                new ValueInline(cite.Cite(window.Postponement, text.Postponement)),
                new TextInline(text.T($" — jalon appliqué : {milestone}", $" — milestone applied: {milestone}")),
            ]);
        }

        if (items.Count > 0)
        {
            yield return new SubHeading(text.T("Ce que le calendrier décide", "What the calendar decides"), "calendrier-regles");
            yield return new BulletList(items);
        }
    }
}
