using SunEs.Documents.Model;
using SunEs.Semantics;

namespace SunEs.Documents.Building;

/// <summary>
/// How the money is computed: the degressivity of each volet by window, each domain's flat amount
/// and eligibility, each bonus and when it applies. Formulas show as the texts write them.
/// </summary>
internal static class FundingSection
{
    public static DocumentSection Build(ProgrammeInForce programme, RulesInForce rules, Citations cite)
    {
        var text = cite.Text;
        var blocks = new List<Block>();
        var windows = rules.Windows.Select(window => window.Symbol).ToList();
        if (programme.Volets.Any(volet => volet.Degressivity.Count > 0) && windows.Count > 0)
        {
            blocks.Add(new Paragraph(text.T(
                "Dégressivité : part du forfait versée selon la fenêtre de candidature.",
                "Degressivity: the share of the flat amount paid according to the window of candidacy.")));
            var header = new List<TableCell> { TableCell.Text(text.T("Volet", "Volet"), true) };
            header.AddRange(windows.Select(window => TableCell.Text(window.Id, true)));
            var rows = programme.Volets.Where(volet => volet.Degressivity.Count > 0).Select(volet =>
            {
                var cells = new List<TableCell> { new([new TextInline(volet.Symbol.Id)], IsHeader: true, Data: [new("volet", volet.Symbol.Id)]) };
                cells.AddRange(windows.Select(window => volet.Degressivity.GetValueOrDefault(window) is { } rate
                    ? TableCell.Value(cite.Cite(rate, text.Percentage), "degressivity", [new("volet", volet.Symbol.Id), new("window", window.Id)])
                    : TableCell.Value(CitedValue.Plain("/"), "degressivity none")));
                return new TableRow(cells);
            }).ToList();
            blocks.Add(new Table("degressivity", [new TableRow(header)], rows));
        }

        var domains = programme.Volets.SelectMany(volet => volet.Domains).ToList();
        if (domains.Count > 0)
        {
            blocks.Add(new Paragraph(text.T("Forfaits et éligibilité par domaine.", "Flat amounts and eligibility by domain.")));
            var header = new TableRow(
            [
                TableCell.Text(text.T("Domaine", "Domain"), true),
                TableCell.Text(text.T("Forfait", "Flat amount"), true),
                TableCell.Text(text.T("Éligible si", "Eligible if"), true),
            ]);
            var rows = domains.Select(domain => new TableRow(
            [
                new TableCell([new TextInline(domain.Symbol.Id)], IsHeader: true, Data: [new("domain", domain.Symbol.Id)]),
                TableCell.Value(Formula(domain.Forfait, cite), "formula"),
                TableCell.Value(domain.Eligibility is null ? CitedValue.Plain(text.T("tout établissement", "every establishment")) : Formula(domain.Eligibility, cite), "formula"),
            ])).ToList();
            blocks.Add(new Table("forfaits", [header], rows));
        }

        var bonuses = domains.SelectMany(domain => domain.Indicators).Where(indicator => indicator.IsBonus).ToList();
        if (bonuses.Count > 0)
        {
            blocks.Add(new Paragraph(text.T("Bonus : versés quand la cible de l'indicateur est atteinte.", "Bonuses: paid when the indicator's target is reached.")));
            var header = new TableRow(
            [
                TableCell.Text(text.T("Indicateur", "Indicator"), true),
                TableCell.Text(text.T("Bonus", "Bonus"), true),
                TableCell.Text(text.T("Applicable si", "Applicable if"), true),
            ]);
            var rows = bonuses.Select(indicator => new TableRow(
            [
                new TableCell([new TextInline(indicator.Symbol.Id), new BadgeInline("BONUS")], IsHeader: true, Data: [new("indicator", indicator.Symbol.Id)]),
                TableCell.Value(Formula(indicator.Bonus, cite), "formula"),
                TableCell.Value(indicator.Applicability is null ? CitedValue.Plain(text.T("toujours", "always")) : Formula(indicator.Applicability, cite), "formula"),
            ])).ToList();
            blocks.Add(new Table("bonuses", [header], rows));
        }

        if (blocks.Count == 0)
        {
            blocks.Add(new Paragraph(text.T("Aucune règle de financement en vigueur.", "No funding rule in force.")));
        }

        return new DocumentSection($"financement-{SourceRef.Slug(programme.Symbol.Id)}",
            text.T("Forfaits, dégressivité et bonus", "Flat amounts, degressivity and bonuses"), blocks);
    }

    private static CitedValue Formula(Sourced<BoundExpression>? value, Citations cite) => cite.CiteAsWritten(value);
}
