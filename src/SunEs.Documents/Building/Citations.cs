using SunEs.Documents.Formatting;
using SunEs.Documents.Model;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Documents.Building;

/// <summary>
/// Turns consolidated values into <see cref="CitedValue"/>s and remembers every place they point
/// to, so that the page's sources section holds exactly the lines its values cite.
/// </summary>
internal sealed class Citations(ValueText text)
{
    private readonly Dictionary<string, SourceRef> _cited = new(StringComparer.Ordinal);

    public ValueText Text => text;

    public CitedValue Cite<T>(Sourced<T>? value, Func<T, string> format)
    {
        if (value is null)
        {
            return CitedValue.Plain("—");
        }

        var shown = format(value.Value);
        var replaced = new List<ReplacedValue>();
        var newer = shown;
        for (var previous = value.Replaced; previous is not null; previous = previous.Replaced)
        {
            var previousText = format(previous.Value);
            replaced.Add(new ReplacedValue(previousText, Register(previous.Instruction, previous.Location), previousText == newer));
            newer = previousText;
        }

        return new CitedValue(shown, Register(value.Instruction, value.Location), replaced) { Assumption = Describe(value.Assumption) };
    }

    public CitedValue Cite(Sourced<string>? value) => Cite(value, ValueText.OneLine);

    public string? Describe(Assumption? assumption) => assumption?.Describe(text.IsEnglish);

    /// <summary>A formula shown as its text writes it, each replaced version as its own text wrote it.</summary>
    public CitedValue CiteAsWritten<T>(Sourced<T>? value)
    {
        if (value is null)
        {
            return CitedValue.Plain("—");
        }

        var replaced = new List<ReplacedValue>();
        var newer = value.SourceText;
        for (var previous = value.Replaced; previous is not null; previous = previous.Replaced)
        {
            replaced.Add(new ReplacedValue(previous.SourceText, Register(previous.Instruction, previous.Location), previous.SourceText == newer));
            newer = previous.SourceText;
        }

        return new CitedValue(value.SourceText, Register(value.Instruction, value.Location), replaced) { Assumption = Describe(value.Assumption) };
    }

    /// <summary>A value written once, not consolidated (a header item, a datum's declaration).</summary>
    public CitedValue Cite(string shown, InstructionSymbol instruction, Location location, Assumption? assumption = null) =>
        new(shown, Register(instruction, location), []) { Assumption = Describe(assumption) };

    public SourceRef Register(InstructionSymbol instruction, Location location)
    {
        var source = new SourceRef(instruction, location);
        _cited.TryAdd(source.Anchor, source);
        return source;
    }

    /// <summary>The cited lines, by instruction in the order they apply, then by line; each line once.</summary>
    public IReadOnlyList<SourceLine> Lines() => _cited.Values
        .OrderBy(source => source.Instruction.Order)
        .ThenBy(source => source.Instruction.Number, StringComparer.Ordinal)
        .ThenBy(source => source.Line)
        .Select(source => new SourceLine(source.Anchor, source.Instruction.Number, source.Line, LinesOf(source)))
        .ToList();

    /// <summary>The full lines the value spans, as written (a label continued over several lines comes whole).</summary>
    private static string LinesOf(SourceRef source)
    {
        var text = source.Location.Source;
        var first = source.Location.Start.Line;
        var last = Math.Min(source.Location.End.Line, first + 5);
        return string.Join('\n', Enumerable.Range(first, last - first + 1).Select(line => text.GetLineText(line).Trim()));
    }
}
