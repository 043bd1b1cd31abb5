using System.Text;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Reads candidatures from CSV (RFC 4180 quoting; ";" or "," between cells, whichever the header
/// uses): a header line, then one candidature per line. A line with the wrong number of cells is
/// reported with its number; so is a last line cut short (no end of line, cells or a quote missing).
/// A header problem makes the whole file unusable: a <see cref="UsageException"/>.
/// </summary>
internal static class CsvCandidacyReader
{
    public static InputBatch Read(string content, string displayPath, MessageLanguage language)
    {
        var records = Split(content);
        var header = records.FirstOrDefault(record => !record.IsBlank)
            ?? throw new UsageException(language.Pick($"« {displayPath} » est vide : la première ligne doit nommer les colonnes.", $"'{displayPath}' is empty: its first line must name the columns."));
        var columns = header.Cells.Select(cell => cell.Trim()).ToList();
        CheckHeader(columns, header.Line, displayPath, language);

        var rows = new List<InputRow>();
        var errors = new List<RowError>();
        foreach (var record in records.Where(record => record.Line > header.Line && !record.IsBlank))
        {
            var isLast = ReferenceEquals(record, records[^1]);
            if (record.UnclosedQuote || (isLast && !record.EndsWithNewline && record.Cells.Count < columns.Count))
            {
                errors.Add(new RowError(record.Line, null,
                    $"ligne tronquée ({record.Cells.Count} cellule(s) sur {columns.Count}{(record.UnclosedQuote ? ", guillemet non fermé" : string.Empty)}) : le fichier semble coupé avant la fin. Complétez-la ou retirez-la",
                    $"truncated line ({record.Cells.Count} cell(s) of {columns.Count}{(record.UnclosedQuote ? ", unclosed quote" : string.Empty)}): the file seems cut short. Complete or remove it"));
                continue;
            }

            if (record.Cells.Count != columns.Count)
            {
                errors.Add(new RowError(record.Line, null,
                    $"{record.Cells.Count} cellule(s) au lieu des {columns.Count} de l'en-tête : vérifiez les séparateurs et les guillemets",
                    $"{record.Cells.Count} cell(s) instead of the header's {columns.Count}: check separators and quotes"));
                continue;
            }

            rows.Add(ToRow(record, columns));
        }

        return new InputBatch(rows, errors, header.Line, columns.Where(column => InputColumns.Fixed(column) is null).ToList());
    }

    private static void CheckHeader(List<string> columns, int line, string displayPath, MessageLanguage language)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var name = InputColumns.Fixed(column) ?? column;
            if (column.Length == 0)
            {
                throw new UsageException(language.Pick($"{displayPath}({line}) : une colonne de l'en-tête n'a pas de nom.", $"{displayPath}({line}): a header column has no name."));
            }

            if (!seen.Add(name))
            {
                throw new UsageException(language.Pick($"{displayPath}({line}) : la colonne « {column} » apparaît deux fois dans l'en-tête.", $"{displayPath}({line}): column '{column}' appears twice in the header."));
            }
        }

        foreach (var required in new[] { InputColumns.Establishment, InputColumns.Window, InputColumns.Domains })
        {
            if (!seen.Contains(required))
            {
                throw new UsageException($"{displayPath}({line}){language.Pick(" : ", ": ")}{InputColumns.MissingField(language, required)}{language.Pick(" (voir docs/evaluation.md).", " (see docs/evaluation.md).")}");
            }
        }
    }

    private static InputRow ToRow(CsvRecord record, List<string> columns)
    {
        string? establishment = null, window = null, postponement = null;
        IReadOnlyList<string> domains = [];
        var cells = new List<InputCell>();
        for (var index = 0; index < columns.Count; index++)
        {
            var value = record.Cells[index].Trim();
            switch (InputColumns.Fixed(columns[index]))
            {
                case InputColumns.Establishment:
                    establishment = value;
                    break;
                case InputColumns.Window:
                    window = value;
                    break;
                case InputColumns.Domains:
                    domains = InputColumns.SplitList(value);
                    break;
                case InputColumns.Postponement:
                    postponement = value;
                    break;
                default:
                    if (value.Length > 0)
                    {
                        cells.Add(new InputCell(columns[index], value));
                    }

                    break;
            }
        }

        return new InputRow(record.Line, establishment, window, domains, postponement, cells);
    }

    /// <summary>Splits the text into records, following quotes across lines; the separator is the header's.</summary>
    private static List<CsvRecord> Split(string content)
    {
        if (content.Length > 0 && content[0] == '\uFEFF')
        {
            content = content[1..];
        }

        var separator = DetectSeparator(content);
        var records = new List<CsvRecord>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var position = 0;
        while (position < content.Length)
        {
            var character = content[position];
            if (quoted)
            {
                if (character == '"' && position + 1 < content.Length && content[position + 1] == '"')
                {
                    cell.Append('"');
                    position++;
                }
                else if (character == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += character == '\n' ? 1 : 0;
                    cell.Append(character);
                }
            }
            else if (character == '"')
            {
                quoted = true;
            }
            else if (character == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (character is '\n' or '\r')
            {
                if (character == '\r' && position + 1 < content.Length && content[position + 1] == '\n')
                {
                    position++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                records.Add(new CsvRecord(recordLine, cells, EndsWithNewline: true, UnclosedQuote: false));
                cells = [];
                line++;
                recordLine = line;
            }
            else
            {
                cell.Append(character);
            }

            position++;
        }

        if (cell.Length > 0 || cells.Count > 0 || quoted)
        {
            cells.Add(cell.ToString());
            records.Add(new CsvRecord(recordLine, cells, EndsWithNewline: false, UnclosedQuote: quoted));
        }

        return records;
    }

    private static char DetectSeparator(string content)
    {
        var end = content.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? content : content[..end];
        return header.Count(character => character == ';') >= header.Count(character => character == ',') && header.Contains(';') ? ';' : ',';
    }

    private sealed record CsvRecord(int Line, List<string> Cells, bool EndsWithNewline, bool UnclosedQuote)
    {
        public bool IsBlank => Cells.All(cell => cell.Trim().Length == 0);
    }
}
