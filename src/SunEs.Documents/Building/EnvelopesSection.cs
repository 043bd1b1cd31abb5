using SunEs.Documents.Model;
using SunEs.Semantics;

namespace SunEs.Documents.Building;

/// <summary>The envelopes: the programme's, each volet's and domain's, then the regional ones, each with its parts.</summary>
internal static class EnvelopesSection
{
    public static DocumentSection Build(ProgrammeInForce programme, Citations cite)
    {
        var text = cite.Text;
        var header = new TableRow([TableCell.Text(text.T("Périmètre", "Scope"), true), TableCell.Text(text.T("Montant", "Amount"), true)]);
        var rows = new List<TableRow>();
        void Add(string scope, Sourced<Envelope>? envelope, string? kind = null)
        {
            if (envelope is not null)
            {
                rows.Add(new TableRow([TableCell.Text(scope, true), TableCell.Value(cite.Cite(envelope, text.EnvelopeWithParts), "envelope")], kind));
            }
        }

        Add(text.T($"Programme {programme.Symbol.Id}", $"Programme {programme.Symbol.Id}"), programme.Envelope, "programme");
        foreach (var volet in programme.Volets)
        {
            Add(text.T($"Volet {volet.Symbol.Id}", $"Volet {volet.Symbol.Id}"), volet.Envelope, "volet");
            foreach (var domain in volet.Domains)
            {
                Add(text.T($"Domaine {domain.Symbol.Id}", $"Domain {domain.Symbol.Id}"), domain.Envelope, "domain");
            }
        }

        var regional = programme.RegionalEnvelopes.Select(envelope => (Envelope: envelope, Volet: (VoletInForce?)null))
            .Concat(programme.Volets.SelectMany(volet => volet.RegionalEnvelopes.Select(envelope => (Envelope: envelope, Volet: (VoletInForce?)volet))));
        foreach (var (envelope, volet) in regional)
        {
            // The scope as the source states it: the whole programme, one volet, one window.
            var scope = new[] { volet is null ? null : $"volet {volet.Symbol.Id}", envelope.Value.Window?.Id }.OfType<string>().ToList();
            var suffix = scope.Count == 0 ? string.Empty : $" ({string.Join(", ", scope)})";
            rows.Add(new TableRow(
            [
                TableCell.Text(text.T($"Région {envelope.Value.Region}{suffix}", $"Region {envelope.Value.Region}{suffix}"), true),
                TableCell.Value(cite.Cite(envelope, value => text.EnvelopeWithParts(value.Envelope)), "envelope"),
            ], "region"));
        }

        var blocks = new List<Block>();
        if (programme.Rounding is not null)
        {
            blocks.Add(new Paragraph([new TextInline(text.T("Arrondi des montants : ", "Rounding of amounts: ")), new ValueInline(cite.Cite(programme.Rounding, text.Rounding))]));
        }

        blocks.Add(rows.Count == 0 ? new Paragraph(text.T("Aucune enveloppe en vigueur.", "No envelope in force.")) : new Table("envelopes", [header], rows));
        return new DocumentSection($"enveloppes-{SourceRef.Slug(programme.Symbol.Id)}", text.T("Enveloppes", "Envelopes"), blocks);
    }
}
