using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Turns an input row into a candidacy of the loaded rules: each column is looked up in the
/// rules' schema (a prerequisite, a datum or an indicator) and its text read as the value that
/// name needs. The candidacy builder of the runtime then checks the values themselves (a rate
/// within 0–100 %, a numerator not above its denominator, known windows and domains).
/// </summary>
internal static class CandidacyFactory
{
    public static Candidacy Build(InputRow row, CandidacySchema schema)
    {
        var establishment = Required(row.Establishment, InputColumns.Establishment.Name, "establishment");
        var builder = schema.NewCandidacy(establishment, Required(row.Window, InputColumns.Window.Name, "window"));
        if (row.Domains.Count == 0)
        {
            throw new RowException("aucun domaine demandé : remplissez « domaines » (par exemple D1 D2)", "no domain requested: fill in 'domaines' (for example D1 D2)");
        }

        builder.RequestDomains([.. row.Domains]);
        if (row.Postponement is { Length: > 0 } postponement)
        {
            if (CellValues.Boolean(postponement) ?? throw CellValues.Unreadable(InputColumns.Postponement.Name, postponement, "oui ou non", "yes or no"))
            {
                builder.RequestPostponement();
            }
        }

        ApplyCalendar(row, builder);
        foreach (var cell in row.Cells)
        {
            Apply(builder, schema, cell);
        }

        return builder.Build();
    }

    /// <summary>The dates and territory the calendar rules read; the rules say whether they are needed.</summary>
    private static void ApplyCalendar(InputRow row, CandidacyBuilder builder)
    {
        if (Date(row, InputColumns.FiledOn) is { } filedOn)
        {
            builder.FiledOn(filedOn);
        }

        if (Date(row, InputColumns.ResultsOn) is { } resultsOn)
        {
            builder.ResultsTransmittedOn(resultsOn);
        }

        switch (Date(row, InputColumns.MeasuredFrom), Date(row, InputColumns.MeasuredTo))
        {
            case ({ } from, { } to):
                builder.MeasuredBetween(from, to);
                break;
            case (null, { }) or ({ }, null):
                throw new RowException(
                    $"la période mesurée demande « {InputColumns.MeasuredFrom.Name} » et « {InputColumns.MeasuredTo.Name} » : une seule est remplie",
                    $"the measured period needs both '{InputColumns.MeasuredFrom.Name}' and '{InputColumns.MeasuredTo.Name}': only one is filled in");
        }

        if (row.Fixed.GetValueOrDefault(InputColumns.Territory) is { } territory)
        {
            builder.InTerritory(territory);
        }
    }

    private static DateOnly? Date(InputRow row, FixedColumn column) => row.Fixed.GetValueOrDefault(column) is { } text
        ? CellValues.Date(text) ?? throw CellValues.Unreadable(column.Name, text, "une date AAAA-MM-JJ", "a date YYYY-MM-DD")
        : null;

    private static void Apply(CandidacyBuilder builder, CandidacySchema schema, InputCell cell)
    {
        if (schema.FindPrerequisite(cell.Column) is { } prerequisite)
        {
            var met = CellValues.Boolean(cell.Value) ?? throw CellValues.Unreadable(cell.Column, cell.Value, "oui (atteint) ou non", "yes (met) or no");
            _ = met ? builder.PrerequisiteMet(prerequisite.Id) : builder.PrerequisiteNotMet(prerequisite.Id);
        }
        else if (schema.FindData(cell.Column) is { } datum)
        {
            SetDatum(builder, datum, cell);
        }
        else if (schema.FindIndicator(cell.Column) is { } indicator)
        {
            Measure(builder, indicator.Id, cell);
        }
        else
        {
            throw new RowException(
                $"« {CellValues.Shown(cell.Column)} » n'est ni un prérequis, ni une donnée, ni un indicateur de ces règles",
                $"'{CellValues.Shown(cell.Column)}' is neither a prerequisite, a datum nor an indicator of these rules");
        }
    }

    private static void SetDatum(CandidacyBuilder builder, DataField datum, InputCell cell)
    {
        var text = cell.Value;
        _ = datum.Kind switch
        {
            DataKind.Boolean => builder.Set(datum, CellValues.Boolean(text) ?? throw CellValues.Unreadable(datum.Id, text, "oui ou non", "yes or no")),
            DataKind.Date => builder.Set(datum, CellValues.Date(text) ?? throw CellValues.Unreadable(datum.Id, text, "une date AAAA-MM-JJ", "a date YYYY-MM-DD")),
            DataKind.Duration => builder.Set(datum, CellValues.Duration(datum.Id, text)),
            DataKind.Text or DataKind.Category => builder.Set(datum, text),
            DataKind.Money => builder.Set(datum, CellValues.Number(datum.Id, text, NumberKind.Amount, cell.IsJsonNumber)),
            DataKind.Percentage => builder.Set(datum, CellValues.Number(datum.Id, text, NumberKind.Percentage, cell.IsJsonNumber)),
            _ => builder.Set(datum, CellValues.Number(datum.Id, text, NumberKind.Plain, cell.IsJsonNumber)),
        };
    }

    /// <summary>"oui"/"non" for a yes/no indicator, "n / d" for counts, else a rate in points ("54,9" or "54,9 %").</summary>
    private static void Measure(CandidacyBuilder builder, string indicator, InputCell cell)
    {
        if (CellValues.Boolean(cell.Value) is { } answer)
        {
            builder.MeasureYesNo(indicator, answer);
        }
        else if (cell.Value.Contains('/'))
        {
            var (numerator, denominator) = CellValues.Ratio(indicator, cell.Value);
            builder.MeasureRatio(indicator, numerator, denominator);
        }
        else
        {
            builder.MeasureRate(indicator, CellValues.Number(indicator, cell.Value, NumberKind.Rate, cell.IsJsonNumber));
        }
    }

    private static string Required(string? value, string french, string english) =>
        value is { Length: > 0 } ? value : throw new RowException($"« {french} » est vide : il est obligatoire", $"'{english}' is empty: it is required");
}
