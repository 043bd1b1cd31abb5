using System.Text;

namespace SunEs.Cli.Evaluation;

/// <summary>One physical line of a CSV file: its number (from 1), its text, and whether a line break ends it.</summary>
internal sealed record CsvLine(int Number, string Text, bool EndsWithNewline, bool IsLast)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text.Replace(';', ' ').Replace(',', ' '));

    /// <summary>The lines of the text, broken at "\n", "\r\n" or "\r".</summary>
    public static IReadOnlyList<CsvLine> Split(string content)
    {
        var lines = new List<CsvLine>();
        var start = 0;
        while (start < content.Length)
        {
            var end = content.IndexOfAny(['\r', '\n'], start);
            if (end < 0)
            {
                lines.Add(new CsvLine(lines.Count + 1, content[start..], EndsWithNewline: false, IsLast: true));
                break;
            }

            var next = content[end] == '\r' && end + 1 < content.Length && content[end + 1] == '\n' ? end + 2 : end + 1;
            lines.Add(new CsvLine(lines.Count + 1, content[start..end], EndsWithNewline: true, IsLast: next >= content.Length));
            start = next;
        }

        return lines;
    }

    /// <summary>";" when the header has one and at least as many as ",", else ",".</summary>
    public static char DetectSeparator(string header)
    {
        var semicolons = header.Count(character => character == ';');
        return semicolons > 0 && semicolons >= header.Count(character => character == ',') ? ';' : ',';
    }

    /// <summary>
    /// The cells of one line. A quoted cell starts with a quote (spaces before it allowed), doubles the
    /// quotes it holds and ends with one (spaces after it allowed); a quote anywhere else is an error
    /// for the line, as is a quote still open at its end.
    /// </summary>
    public static CsvCells Parse(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var position = 0;
        while (true)
        {
            var start = position;
            while (position < line.Length && line[position] is ' ' or '\t')
            {
                position++;
            }

            if (position < line.Length && line[position] == '"')
            {
                var (closed, after) = ReadQuoted(line, position + 1, cell);
                if (!closed)
                {
                    cells.Add(cell.ToString());
                    return new CsvCells(cells, Unclosed: true, new RowError(0, null,
                        $"guillemet ouvert en colonne {position + 1} et jamais fermé : une cellule ne s'étend pas sur plusieurs lignes. Fermez le guillemet",
                        $"quote opened at column {position + 1} and never closed: a cell does not span lines. Close the quote"));
                }

                position = after;
                while (position < line.Length && line[position] is ' ' or '\t')
                {
                    position++;
                }

                if (position < line.Length && line[position] != separator)
                {
                    return Stray(cells, position, "du texte suit le guillemet fermant", "text follows the closing quote");
                }
            }
            else
            {
                position = start;
                while (position < line.Length && line[position] != separator)
                {
                    if (line[position] == '"')
                    {
                        return Stray(cells, position, "guillemet au milieu d'une cellule sans guillemets (doublez-le et mettez la cellule entre guillemets)",
                            "quote inside an unquoted cell (double it and put the cell in quotes)");
                    }

                    cell.Append(line[position++]);
                }
            }

            cells.Add(cell.ToString());
            cell.Clear();
            if (position >= line.Length)
            {
                return new CsvCells(cells, Unclosed: false, null);
            }

            position++;
        }
    }

    private static (bool Closed, int After) ReadQuoted(string line, int position, StringBuilder cell)
    {
        while (position < line.Length)
        {
            if (line[position] != '"')
            {
                cell.Append(line[position++]);
            }
            else if (position + 1 < line.Length && line[position + 1] == '"')
            {
                cell.Append('"');
                position += 2;
            }
            else
            {
                return (true, position + 1);
            }
        }

        return (false, position);
    }

    private static CsvCells Stray(List<string> cells, int position, string french, string english) =>
        new(cells, Unclosed: false, new RowError(0, null, $"colonne {position + 1} : {french}", $"column {position + 1}: {english}"));
}

/// <summary>The cells read from one line, or why the line cannot be read.</summary>
internal sealed record CsvCells(IReadOnlyList<string> Cells, bool Unclosed, RowError? Error);
