using System.Text;

namespace SunEs.Syntax.Formatting;

/// <summary>A printed line: its code, its trailing comment, and how many blank lines precede it.</summary>
internal sealed class OutputLine(int blankLinesBefore)
{
    public int BlankLinesBefore { get; set; } = blankLinesBefore;

    public StringBuilder Code { get; } = new();

    public string? Comment { get; set; }

    /// <summary>A comment-only line that continues the trailing comment of the line above it.</summary>
    public bool ContinuesComment { get; set; }

    public bool IsEmpty => Code.ToString().Trim().Length == 0 && Comment is null;

    /// <summary>
    /// Renders the lines; trailing comments of consecutive lines share one column, four
    /// spaces after the longest code among them.
    /// </summary>
    public static string Render(IReadOnlyList<OutputLine> lines)
    {
        var output = new StringBuilder();
        var index = 0;
        while (index < lines.Count)
        {
            var end = index + 1;
            if (IsAligned(lines[index]))
            {
                while (end < lines.Count && lines[end].BlankLinesBefore == 0 && IsAligned(lines[end]))
                {
                    end++;
                }
            }

            var column = lines.Skip(index).Take(end - index).Max(line => line.Code.ToString().TrimEnd().Length) + 4;
            for (var current = index; current < end; current++)
            {
                var line = lines[current];
                output.Append('\n', line.BlankLinesBefore);
                var code = line.Code.ToString().TrimEnd();
                if (line.Comment is null)
                {
                    output.Append(code);
                }
                else if (code.Length == 0 && !line.ContinuesComment)
                {
                    output.Append(line.Code).Append(line.Comment);
                }
                else
                {
                    output.Append(code.PadRight(column)).Append(line.Comment);
                }

                output.Append('\n');
            }

            index = end;
        }

        return output.ToString();
    }

    private static bool IsAligned(OutputLine line) =>
        line.Comment is not null && (line.ContinuesComment || line.Code.ToString().Trim().Length > 0);
}
