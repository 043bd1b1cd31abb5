using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Reads candidatures from CSV: a header line (the first that is not blank), then one candidature
/// per line. Cells are separated by ";" (or "," when the header has no ";") and quoted as in RFC 4180,
/// except that a cell never spans lines: each line of the file is one candidature, evaluated or
/// reported with its own number, so a stray quote can cost at most its own line. A line with the
/// wrong number of cells, a quote inside an unquoted cell, text after a closing quote or a quote left
/// open is reported; so is a last line cut short. A header problem makes the whole file unusable:
/// a <see cref="UsageException"/>. Lines are read one at a time: only the line being read is held.
/// </summary>
internal static class CsvCandidacyReader
{
    /// <summary>
    /// Reads and checks the header at once; the rows are read as the candidatures are enumerated,
    /// with only their establishment and window when <paramref name="keysOnly"/> (a row is
    /// readable or not whatever its other cells hold: the header already refused a column given twice).
    /// </summary>
    public static CandidatureReading Read(TextReader text, string displayPath, MessageLanguage language, bool keysOnly)
    {
        var lines = new CsvLineReader(text);
        var header = lines.Next();
        while (header is { IsBlank: true })
        {
            header = lines.Next();
        }

        if (header is null)
        {
            throw new UsageException(language.Pick(
                $"« {displayPath} » est vide : la première ligne doit nommer les colonnes (voir docs/evaluation.md).",
                $"'{displayPath}' is empty: its first line must name the columns (see docs/evaluation.md)."));
        }

        var separator = CsvLine.DetectSeparator(header.Text);
        var headerCells = CsvLine.Parse(header.Text, separator);
        if (headerCells.Error is { } headerError)
        {
            throw new UsageException($"{displayPath}({header.Number}){language.Pick(" : ", ": ")}{headerError.In(language == MessageLanguage.English)}.");
        }

        var columns = headerCells.Cells.Select(InputColumns.Name).ToList();
        CheckHeader(columns, header.Number, displayPath, language);
        var known = columns.Select(InputColumns.Find).ToList();
        var read = keysOnly
            ? [.. columns.Select((column, index) => known[index] == InputColumns.Establishment || known[index] == InputColumns.Window ? column : null)]
            : columns.Cast<string?>().ToList();
        return new CandidatureReading(header.Number, columns.Where((_, index) => known[index] is null).ToList(), Rows(lines, read, known, separator));
    }

    private static IEnumerable<InputItem> Rows(CsvLineReader lines, List<string?> columns, List<FixedColumn?> known, char separator)
    {
        while (lines.Next() is { } line)
        {
            if (!line.IsBlank)
            {
                yield return Row(line, columns, known, separator);
            }
        }
    }

    /// <summary>A row of the cells of the columns named (a null name: a cell not read).</summary>
    private static InputItem Row(CsvLine line, List<string?> columns, List<FixedColumn?> known, char separator)
    {
        var parsed = CsvLine.Parse(line.Text, separator);
        if (line.IsLast && !line.EndsWithNewline && (parsed.Unclosed || (parsed.Error is null && parsed.Cells.Count < columns.Count)))
        {
            return new RowError(line.Number, null,
                $"ligne tronquée ({parsed.Cells.Count} cellule(s) sur {columns.Count}{(parsed.Unclosed ? ", guillemet non fermé" : string.Empty)}) : le fichier semble coupé avant la fin. Complétez-la ou retirez-la",
                $"truncated line ({parsed.Cells.Count} cell(s) of {columns.Count}{(parsed.Unclosed ? ", unclosed quote" : string.Empty)}): the file seems cut short. Complete or remove it");
        }

        if (parsed.Error is { } error)
        {
            return new RowError(line.Number, null, error.French, error.English);
        }

        if (parsed.Cells.Count != columns.Count)
        {
            return new RowError(line.Number, null,
                $"{parsed.Cells.Count} cellule(s) au lieu des {columns.Count} de l'en-tête : vérifiez les séparateurs et les guillemets",
                $"{parsed.Cells.Count} cell(s) instead of the header's {columns.Count}: check separators and quotes");
        }

        var row = new InputRowBuilder(line.Number);
        for (var index = 0; index < columns.Count; index++)
        {
            if (columns[index] is { } column)
            {
                row.Add(column, known[index], parsed.Cells[index]);
            }
        }

        return row.Build();
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
