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
        var establishment = Required(row.Establishment, "établissement", "establishment");
        var builder = schema.NewCandidacy(establishment, Required(row.Window, "fenêtre", "window"));
        if (row.Domains.Count == 0)
        {
            throw new RowException("aucun domaine demandé : remplissez « domaines » (par exemple D1 D2)", "no domain requested: fill in 'domaines' (for example D1 D2)");
        }

        builder.RequestDomains([.. row.Domains]);
        if (row.Postponement is { Length: > 0 } postponement)
        {
            if (CellValues.Boolean(postponement) ?? throw Unreadable("report", postponement, "oui ou non", "yes or no"))
            {
                builder.RequestPostponement();
            }
        }

        foreach (var cell in row.Cells)
        {
            Apply(builder, schema, cell);
        }

        return builder.Build();
    }

    private static void Apply(CandidacyBuilder builder, CandidacySchema schema, InputCell cell)
    {
        if (schema.FindPrerequisite(cell.Column) is { } prerequisite)
        {
            var met = CellValues.Boolean(cell.Value) ?? throw Unreadable(cell.Column, cell.Value, "oui (atteint) ou non", "yes (met) or no");
            _ = met ? builder.PrerequisiteMet(prerequisite.Id) : builder.PrerequisiteNotMet(prerequisite.Id);
        }
        else if (schema.FindData(cell.Column) is { } datum)
        {
            SetDatum(builder, datum, cell.Value);
        }
        else if (schema.FindIndicator(cell.Column) is { } indicator)
        {
            Measure(builder, indicator.Id, cell.Value);
        }
        else
        {
            throw new RowException(
                $"« {cell.Column} » n'est ni un prérequis, ni une donnée, ni un indicateur de ces règles",
                $"'{cell.Column}' is neither a prerequisite, a datum nor an indicator of these rules");
        }
    }

    private static void SetDatum(CandidacyBuilder builder, DataField datum, string text)
    {
        _ = datum.Kind switch
        {
            DataKind.Boolean => builder.Set(datum, CellValues.Boolean(text) ?? throw Unreadable(datum.Id, text, "oui ou non", "yes or no")),
            DataKind.Date => builder.Set(datum, CellValues.Date(text) ?? throw Unreadable(datum.Id, text, "une date AAAA-MM-JJ", "a date YYYY-MM-DD")),
            DataKind.Duration => builder.Set(datum, CellValues.Duration(text) ?? throw Unreadable(datum.Id, text, "une durée (4 mois, 10 jours)", "a duration (4 mois, 10 jours)")),
            DataKind.Text or DataKind.Category => builder.Set(datum, text),
            DataKind.Money => builder.Set(datum, CellValues.Number(text) ?? throw Unreadable(datum.Id, text, "un montant (100000, 100 000 €, 100 k€)", "an amount (100000, 100 000 €, 100 k€)")),
            DataKind.Percentage => builder.Set(datum, CellValues.Number(text) ?? throw Unreadable(datum.Id, text, "un pourcentage (55 ou 55 %)", "a percentage (55 or 55 %)")),
            _ => builder.Set(datum, CellValues.Number(text) ?? throw Unreadable(datum.Id, text, "un nombre", "a number")),
        };
    }

    /// <summary>"oui"/"non" for a yes/no indicator, "n / d" for counts, else a rate in points ("54,9" or "54,9 %").</summary>
    private static void Measure(CandidacyBuilder builder, string indicator, string text)
    {
        if (CellValues.Boolean(text) is { } answer)
        {
            builder.MeasureYesNo(indicator, answer);
        }
        else if (text.Contains('/'))
        {
            var (numerator, denominator) = CellValues.Ratio(text) ?? throw Unreadable(indicator, text, "un rapport n / d (480 / 1000)", "a ratio n / d (480 / 1000)");
            builder.MeasureRatio(indicator, numerator, denominator);
        }
        else
        {
            builder.MeasureRate(indicator, CellValues.Number(text) ?? throw Unreadable(indicator, text, "un taux (54,9 %), un rapport (480 / 1000) ou oui/non", "a rate (54.9 %), a ratio (480 / 1000) or yes/no"));
        }
    }

    private static string Required(string? value, string french, string english) =>
        value is { Length: > 0 } ? value : throw new RowException($"« {french} » est vide : il est obligatoire", $"'{english}' is empty: it is required");

    private static RowException Unreadable(string column, string value, string expectedFr, string expectedEn) =>
        new($"valeur « {value} » illisible pour « {column} » : attendu {expectedFr}", $"unreadable value '{value}' for '{column}': expected {expectedEn}");
}
