using Spectre.Console;
using SunEs.Semantics;

namespace SunEs.Cli.Show;

/// <summary>The instructions in force: number, title, NOR, dates, and what each one amends (by year and number).</summary>
internal static class InstructionsTable
{
    public static Table Build(RulesInForce rules, ValueFormatter format)
    {
        var language = format.Language;
        var table = Tables.Create(
            format,
            language.Pick("Numéro", "Number"),
            language.Pick("Titre", "Title"),
            "NOR",
            language.Pick("Signée le", "Signed on"),
            language.Pick("Applicable le", "Applies from"),
            language.Pick("Modifie", "Amends")).KeepWhole(0, 3, 5);
        foreach (var instruction in rules.Instructions)
        {
            var applies = format.Date(instruction.AppliesFrom);
            if (instruction.AppliesImmediately)
            {
                applies += language.Pick(" (immédiatement)", " (immediately)");
            }

            if (instruction.AssumptionOn(InstructionField.AppliesFrom) is { } assumption)
            {
                applies += " " + format.Mark(assumption, instruction);
            }

            Tables.AddRow(table,
                instruction.Number,
                instruction.Title ?? ValueFormatter.Missing,
                instruction.Nor ?? ValueFormatter.Missing,
                format.Date(instruction.SignedOn) + (instruction.AssumptionOn(InstructionField.SignedOn) is { } signed ? " " + format.Mark(signed, instruction) : string.Empty),
                applies,
                instruction.Amends.Count == 0 ? ValueFormatter.Missing : string.Join('\n', instruction.Amends.Select(amended => ValueFormatter.ShortNumber(amended.Number))));
        }

        return table;
    }
}
