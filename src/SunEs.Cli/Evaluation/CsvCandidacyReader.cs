using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Reads candidatures from CSV: a header line (the first that is not blank), then one candidature
/// per line. Cells are separated by ";" (or "," when the header has no ";") and quoted as in RFC 4180,
/// except that a cell never spans lines: each line of the file is one candidature, evaluated or
/// reported with its own number, so a stray quote can cost at most its own line. A line with the
/// wrong number of cells, a quote inside an unquoted cell, text after a closing quote or a quote left
/// open is reported; so is a last line cut short. A header problem makes the whole file unusable:
/// a <see cref="UsageException"/>.
/// </summary>
internal static class CsvCandidacyReader
{
    public static InputBatch Read(string content, string displayPath, MessageLanguage language)
    {
        var lines = CsvLine.Split(content);
        var header = lines.FirstOrDefault(line => !line.IsBlank)
            ?? throw new UsageException(language.Pick($"« {displayPath} » est vide : la première ligne doit nommer les colonnes.", $"'{displayPath}' is empty: its first line must name the columns."));
        var separator = CsvLine.DetectSeparator(header.Text);
        var headerCells = CsvLine.Parse(header.Text, separator);
        if (headerCells.Error is { } headerError)
        {
            throw new UsageException($"{displayPath}({header.Number}){language.Pick(" : ", ": ")}{headerError.In(language == MessageLanguage.English)}.");
        }

        var columns = headerCells.Cells.Select(InputColumns.Name).ToList();
        CheckHeader(columns, header.Number, displayPath, language);

        var rows = new List<InputRow>();
        var errors = new List<RowError>();
        foreach (var line in lines.Where(line => line.Number > header.Number && !line.IsBlank))
        {
            var parsed = CsvLine.Parse(line.Text, separator);
            if (line.IsLast && !line.EndsWithNewline && (parsed.Unclosed || (parsed.Error is null && parsed.Cells.Count < columns.Count)))
            {
                errors.Add(new RowError(line.Number, null,
                    $"ligne tronquée ({parsed.Cells.Count} cellule(s) sur {columns.Count}{(parsed.Unclosed ? ", guillemet non fermé" : string.Empty)}) : le fichier semble coupé avant la fin. Complétez-la ou retirez-la",
                    $"truncated line ({parsed.Cells.Count} cell(s) of {columns.Count}{(parsed.Unclosed ? ", unclosed quote" : string.Empty)}): the file seems cut short. Complete or remove it"));
            }
            else if (parsed.Error is { } error)
            {
                errors.Add(new RowError(line.Number, null, error.French, error.English));
            }
            else if (parsed.Cells.Count != columns.Count)
            {
                errors.Add(new RowError(line.Number, null,
                    $"{parsed.Cells.Count} cellule(s) au lieu des {columns.Count} de l'en-tête : vérifiez les séparateurs et les guillemets",
                    $"{parsed.Cells.Count} cell(s) instead of the header's {columns.Count}: check separators and quotes"));
            }
            else
            {
                var row = new InputRowBuilder(line.Number);
                for (var index = 0; index < columns.Count; index++)
                {
                    row.Add(columns[index], parsed.Cells[index]);
                }

                rows.Add(row.Build());
            }
        }

        return new InputBatch(rows, errors, header.Number, columns.Where(column => InputColumns.Find(column) is null).ToList());
    }

    private static void CheckHeader(List<string> columns, int line, string displayPath, MessageLanguage language)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (column.Length == 0)
            {
                throw new UsageException(language.Pick($"{displayPath}({line}) : une colonne de l'en-tête n'a pas de nom.", $"{displayPath}({line}): a header column has no name."));
            }

            var name = InputColumns.Find(column)?.Name ?? column;
            if (!seen.TryAdd(name, column))
            {
                var (first, second) = (CellValues.Shown(seen[name]), CellValues.Shown(column));
                throw new UsageException(seen[name] == column
                    ? language.Pick($"{displayPath}({line}) : la colonne « {second} » apparaît deux fois dans l'en-tête.", $"{displayPath}({line}): column '{second}' appears twice in the header.")
                    : language.Pick($"{displayPath}({line}) : les colonnes « {first} » et « {second} » de l'en-tête désignent la même colonne : gardez-en une seule.",
                        $"{displayPath}({line}): header columns '{first}' and '{second}' name the same column: keep only one."));
            }
        }

        foreach (var required in InputColumns.All.Where(column => column.IsRequired && !seen.ContainsKey(column.Name)))
        {
            throw new UsageException($"{displayPath}({line}){language.Pick(" : ", ": ")}{InputColumns.MissingField(language, required)}{language.Pick(" (voir docs/evaluation.md).", " (see docs/evaluation.md).")}");
        }
    }
}
