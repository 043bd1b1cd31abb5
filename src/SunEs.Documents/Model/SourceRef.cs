using System.Text;
using SunEs.Documents.Formatting;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Documents.Model;

/// <summary>Where a value is written: an instruction and a place in its text.</summary>
public sealed record SourceRef(InstructionSymbol Instruction, Location Location)
{
    /// <summary>1-based, as editors and the CLI show it.</summary>
    public int Line => Location.Start.Line + 1;

    public int EndLine => Location.End.Line + 1;

    /// <summary>"src-dgos-pf5-dns-2023-28-l80": the id of the line in the page's sources section.</summary>
    public string Anchor => $"src-{Slug(Instruction.Number)}-l{Line}";

    /// <summary>"2023/28 l.80".</summary>
    public string ShortReference => $"{Languages.ShortNumber(Instruction.Number)} l.{Line}";

    /// <summary>"DGOS/PF5/DNS/2023/28, ligne 80".</summary>
    internal string Describe(ValueText text) => $"{Instruction.Number}, {text.T("ligne", "line")} {Line}";

    /// <summary>The id of an instruction's header in the page.</summary>
    public static string InstructionAnchor(InstructionSymbol instruction) => $"instruction-{Slug(instruction.Number)}";

    /// <summary>Lower-case letters and digits, other runs as one hyphen: a stable fragment identifier.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
