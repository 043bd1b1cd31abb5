using Spectre.Console;
using SunEs.Semantics;

namespace SunEs.Cli.Show;

/// <summary>The funding envelopes: programme, volets, domains, then regions; with their named parts.</summary>
internal static class EnvelopesTable
{
    public static Table Build(ProgrammeInForce programme, ValueFormatter format)
    {
        var language = format.Language;
        var table = Tables.Create(
            format,
            language.Pick("Périmètre", "Scope"),
            language.Pick("Montant", "Amount"),
            language.Pick("Dont", "Of which"));
        AddRow(table, $"Programme {programme.Symbol.Id}", programme.Envelope, envelope => envelope, format);
        foreach (var volet in programme.Volets)
        {
            AddRow(table, $"Volet {volet.Symbol.Id}", volet.Envelope, envelope => envelope, format);
            foreach (var domain in volet.Domains)
            {
                AddRow(table, $"{language.Pick("Domaine", "Domain")} {domain.Symbol.Id}", domain.Envelope, envelope => envelope, format);
            }
        }

        foreach (var regional in programme.RegionalEnvelopes)
        {
            AddRow(table, Region(regional.Value, null, language), regional, value => value.Envelope, format);
        }

        foreach (var volet in programme.Volets)
        {
            foreach (var regional in volet.RegionalEnvelopes)
            {
                AddRow(table, Region(regional.Value, volet, language), regional, value => value.Envelope, format);
            }
        }

        return table;
    }

    /// <summary>"Région Normandie", "Région Bourgogne-Franche-Comté, volet V1", "Région Île-de-France, F1".</summary>
    private static string Region(RegionalEnvelope envelope, VoletInForce? volet, SunEs.Diagnostics.MessageLanguage language)
    {
        var scope = new List<string>();
        if (volet is not null)
        {
            scope.Add($"volet {volet.Symbol.Id}");
        }

        if (envelope.Window is { } window)
        {
            scope.Add(window.Id);
        }

        return $"{language.Pick("Région", "Region")} {envelope.Region}" + (scope.Count > 0 ? ", " + string.Join(", ", scope) : string.Empty);
    }

    private static void AddRow<T>(Table table, string scope, Sourced<T>? value, Func<T, Envelope> envelopeOf, ValueFormatter format)
    {
        var parts = value is null ? [] : envelopeOf(value.Value).Parts;
        Tables.AddRow(table,
            scope,
            format.Sourced(value, v => format.Money(envelopeOf(v).Euros, envelopeOf(v).IsApproximate)),
            string.Join('\n', parts.Select(part => Part(part, format))));
    }

    private static string Part(EnvelopePart part, ValueFormatter format)
    {
        var what = part.Entities.Count > 0 ? string.Join(", ", part.Entities.Select(entity => entity.Id)) : $"« {part.Description} »";
        return $"{what}{format.Language.Pick(" : ", ": ")}{format.Money(part.Euros, part.IsApproximate)}";
    }
}
