using SunEs.Diagnostics;
using SunEs.Semantics;

namespace SunEs.Cli.Documents;

/// <summary>One side of <c>sunes diff</c>: a date, or an instruction standing for the date it applies from.</summary>
internal sealed record DiffSide(string DateOption, DateOnly? Date, string TextOption, string? Text)
{
    /// <summary>Exactly one of the two options must be given.</summary>
    public void CheckGiven(MessageLanguage language)
    {
        if (Date is null && string.IsNullOrWhiteSpace(Text))
        {
            throw new UsageException(DocumentMessages.MissingSide(language, DateOption, TextOption));
        }

        if (Date is not null && Text is not null)
        {
            throw new UsageException(DocumentMessages.BothSides(language, DateOption, TextOption));
        }
    }

    public DateOnly Resolve(Compilation compilation, MessageLanguage language)
    {
        if (Date is { } date)
        {
            return date;
        }

        var number = Text!.Trim();
        var matches = compilation.Instructions.Where(instruction => instruction.Number == number).ToList();
        if (matches.Count == 0)
        {
            matches = compilation.Instructions.Where(instruction => instruction.Number.EndsWith("/" + number, StringComparison.Ordinal)).ToList();
        }

        return matches switch
        {
            [] => throw new UsageException(DocumentMessages.UnknownInstruction(language, TextOption, number, compilation.Instructions.Select(i => i.Number))),
            [{ AppliesFrom: { } applies }] => applies,
            [var instruction] => throw new UsageException(DocumentMessages.NoApplicationDate(language, instruction.Number)),
            _ => throw new UsageException(DocumentMessages.AmbiguousInstruction(language, TextOption, number, matches.Select(i => i.Number))),
        };
    }
}
