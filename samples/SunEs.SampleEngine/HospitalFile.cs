using System.Globalization;
using SunEs.Runtime;

namespace SunEs.SampleEngine;

/// <summary>
/// Reads the hospitals file: ";"-separated, a header naming the columns, one candidature per line.
/// "établissement", "fenêtre" and "domaines" are fixed; "déposée_le", "résultats_le" (dates),
/// "territoire" and "report" (oui/non) are the candidacy's calendar; every other column is a
/// prerequisite (oui/non), a datum or an indicator of the loaded rules, found by name in their schema.
/// </summary>
public static class HospitalFile
{
    public static IEnumerable<(int Line, Candidacy? Candidacy, string? Error)> Read(string path, CandidacySchema schema)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(';');
        for (var index = 1; index < lines.Length; index++)
        {
            if (lines[index].Trim().Length == 0)
            {
                continue;
            }

            (Candidacy? Candidacy, string? Error) row;
            try
            {
                row = (Build(header, lines[index].Split(';'), schema), null);
            }
            catch (EvaluationException exception)
            {
                row = (null, exception.FrenchMessage);
            }
            catch (FormatException exception)
            {
                row = (null, exception.Message);
            }

            yield return (index + 1, row.Candidacy, row.Error);
        }
    }

    private static Candidacy Build(string[] header, string[] cells, CandidacySchema schema)
    {
        if (cells.Length != header.Length)
        {
            throw new FormatException($"{cells.Length} cellules au lieu de {header.Length}");
        }

        var values = header.Zip(cells, (column, cell) => (Column: column.Trim(), Value: cell.Trim())).Where(pair => pair.Value.Length > 0).ToList();
        string Fixed(string name) => values.FirstOrDefault(pair => pair.Column == name).Value ?? throw new FormatException($"colonne « {name} » vide");

        var builder = schema.NewCandidacy(Fixed("établissement"), Fixed("fenêtre"))
            .RequestDomains(Fixed("domaines").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var (column, value) in values.Where(pair => pair.Column is not ("établissement" or "fenêtre" or "domaines")))
        {
            if (column == "déposée_le")
            {
                builder.FiledOn(DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else if (column == "résultats_le")
            {
                builder.ResultsTransmittedOn(DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else if (column == "territoire")
            {
                builder.InTerritory(value);
            }
            else if (column == "report")
            {
                _ = value == "oui" ? builder.RequestPostponement() : builder;
            }
            else if (schema.FindPrerequisite(column) is not null)
            {
                _ = value == "oui" ? builder.PrerequisiteMet(column) : builder.PrerequisiteNotMet(column);
            }
            else if (schema.FindData(column) is { } datum)
            {
                _ = datum.Kind == DataKind.Boolean ? builder.Set(datum, value == "oui") : builder.Set(datum, Number(value));
            }
            else if (value.Contains('/'))
            {
                var parts = value.Split('/');
                builder.MeasureRatio(column, Number(parts[0]), Number(parts[1]));
            }
            else
            {
                _ = value is "oui" or "non" ? builder.MeasureYesNo(column, value == "oui") : builder.MeasureRate(column, Number(value));
            }
        }

        return builder.Build();
    }

    private static decimal Number(string text) =>
        decimal.Parse(text.Replace("%", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);
}
