using SunEs.Documents.Model;
using SunEs.Semantics;

namespace SunEs.Documents.Building;

/// <summary>
/// A volet's target grid laid out like the published table: a column per window of the volet
/// (with its measurement label, "F2 – S2 2022"), a row per indicator under its domain, "/" where
/// there is no target, the bonus indicators marked, the degressivity of the flat amounts last.
/// </summary>
internal static class TargetGridSection
{
    public static DocumentSection Build(VoletInForce volet, RulesInForce rules, Citations cite)
    {
        var text = cite.Text;
        var windows = volet.WindowList.Where(rules.IsInForce).ToList();
        var header = new List<TableCell>
        {
            TableCell.Text(text.T("Indicateur", "Indicator"), true),
            TableCell.Text(text.T("Libellé", "Label"), true),
        };
        header.AddRange(windows.Select(window => rules.FindWindow(window)?.Measurement?.Value.Label is { Length: > 0 } label
            ? new TableCell([new TextInline(window.Id), new LineBreakInline(), new TextInline(label)], IsHeader: true, Kind: "window", Data: [new("window", window.Id)])
            : new TableCell([new TextInline(window.Id)], IsHeader: true, Kind: "window", Data: [new("window", window.Id)])));

        var body = new List<TableRow>();
        foreach (var domain in volet.Domains)
        {
            var domainTitle = domain.Label is null
                ? (IReadOnlyList<Inline>)[new TextInline(text.T($"Domaine {domain.Symbol.Id}", $"Domain {domain.Symbol.Id}"))]
                : [new TextInline(text.T($"Domaine {domain.Symbol.Id} — ", $"Domain {domain.Symbol.Id} — ")), new ValueInline(cite.Cite(domain.Label))];
            body.Add(new TableRow([new TableCell(domainTitle, 2 + windows.Count, IsHeader: true, Data: [new("domain", domain.Symbol.Id)])], "domain"));
            foreach (var indicator in domain.Indicators)
            {
                var id = indicator.Symbol.Id;
                IReadOnlyList<Inline> name = indicator.IsBonus ? [new TextInline(id), new BadgeInline("BONUS")] : [new TextInline(id)];
                var cells = new List<TableCell>
                {
                    new(name, IsHeader: true, Data: [new("indicator", id)]),
                    TableCell.Value(cite.Cite(indicator.Label), "label"),
                };
                foreach (var window in windows)
                {
                    KeyValuePair<string, string>[] data = [new("indicator", id), new("window", window.Id)];
                    var target = volet.TargetFor(indicator.Symbol, window);
                    var kind = target is null || target.Value.Kind == TargetKind.None ? "target none" : "target";
                    cells.Add(TableCell.Value(target is null ? CitedValue.Plain("/") : cite.Cite(target, text.Target), kind, data));
                }

                body.Add(new TableRow(cells, indicator.IsBonus ? "indicator bonus" : "indicator"));
            }
        }

        if (volet.Degressivity.Count > 0)
        {
            var cells = new List<TableCell> { TableCell.Text(text.T("Dégressivité des forfaits", "Degressivity of flat amounts"), true, 2) };
            cells.AddRange(windows.Select(window => volet.Degressivity.GetValueOrDefault(window) is { } rate
                ? TableCell.Value(cite.Cite(rate, text.Percentage), "degressivity", [new("window", window.Id)])
                : TableCell.Value(CitedValue.Plain("/"), "degressivity none", [new("window", window.Id)])));
            body.Add(new TableRow(cells, "degressivity"));
        }

        var heading = text.T($"Cibles d'usage — volet {volet.Symbol.Id}", $"Usage targets — volet {volet.Symbol.Id}");
        var blocks = new List<Block>();
        if (volet.Label is not null)
        {
            blocks.Add(new Paragraph([new ValueInline(cite.Cite(volet.Label))]));
        }

        blocks.Add(new Table("grid", [new TableRow(header)], body));
        return new DocumentSection($"cibles-{SourceRef.Slug(volet.Symbol.Id)}", heading, blocks);
    }
}
