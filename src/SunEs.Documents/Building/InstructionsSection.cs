using SunEs.Documents.Model;
using SunEs.Semantics;

namespace SunEs.Documents.Building;

/// <summary>The header of each instruction in force: number, title, NOR, dates, issuers, the texts it amends.</summary>
internal static class InstructionsSection
{
    public static DocumentSection Build(RulesInForce rules, Citations cite)
    {
        var text = cite.Text;
        var blocks = new List<Block>();
        foreach (var instruction in rules.Instructions)
        {
            blocks.Add(new SubHeading(instruction.Number, SourceRef.InstructionAnchor(instruction)));
            var rows = new List<TableRow>();
            void Add(string name, string? value, InstructionField? field = null)
            {
                if (value is not null)
                {
                    var assumption = field is { } marked ? instruction.AssumptionOn(marked) : null;
                    rows.Add(new TableRow([TableCell.Text(name, isHeader: true), TableCell.Value(cite.Cite(value, instruction, instruction.Location, assumption))]));
                }
            }

            Add(text.T("Numéro", "Number"), instruction.Number);
            Add(text.T("Objet", "Title"), instruction.Title is { } title ? Formatting.ValueText.OneLine(title) : null, InstructionField.Title);
            Add("NOR", instruction.Nor, InstructionField.Nor);
            Add(text.T("Signée le", "Signed on"), instruction.SignedOn is { } signed ? text.Date(signed) : null, InstructionField.SignedOn);
            Add(text.T("Applicable", "Applies"), Applies(instruction, text), InstructionField.AppliesFrom);
            Add(text.T("Émetteurs", "Issuers"), instruction.Issuers.Count > 0 ? string.Join(" ; ", instruction.Issuers) : null);
            if (instruction.Amends.Count > 0)
            {
                var links = new List<Inline>();
                foreach (var amended in instruction.Amends)
                {
                    if (links.Count > 0)
                    {
                        links.Add(new LineBreakInline());
                    }

                    links.Add(rules.Instructions.Contains(amended)
                        ? new LinkInline(amended.Number, SourceRef.InstructionAnchor(amended))
                        : new TextInline(amended.Number));
                }

                rows.Add(new TableRow([TableCell.Text(text.T("Modifie", "Amends"), isHeader: true), new TableCell(links)]));
            }

            blocks.Add(new Table("instruction", [], rows));
        }

        return new DocumentSection("instructions", text.T("Instructions en vigueur", "Instructions in force"), blocks);
    }

    private static string? Applies(InstructionSymbol instruction, Formatting.ValueText text) => instruction.AppliesFrom switch
    {
        { } date when instruction.AppliesImmediately => text.T($"immédiatement ({text.Date(date)})", $"immediately ({text.Date(date)})"),
        { } date => text.T($"le {text.Date(date)}", $"from {text.Date(date)}"),
        null => null,
    };
}
