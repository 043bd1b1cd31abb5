using SunEs.Documents.Diff;
using SunEs.Documents.Model;

namespace SunEs.Documents.Building;

/// <summary>The changes between two dates as a page section: which texts came into force, then one row per changed rule.</summary>
internal static class ChangesSection
{
    public const string Id = "changements";

    public static DocumentSection Build(RulesDiff diff, Citations cite)
    {
        var text = cite.Text;
        var blocks = new List<Block>();
        var instructions = DiffSummary.InstructionLines(diff, text).ToList();
        if (instructions.Count > 0)
        {
            blocks.Add(new BulletList(instructions.Select(line => (IReadOnlyList<Inline>)[new TextInline(line)]).ToList()));
        }

        if (diff.Changes.Count == 0)
        {
            blocks.Add(new Paragraph(DiffSummary.NoChange(text)));
            return new DocumentSection(Id, DiffSummary.Title(diff, text), blocks);
        }

        var header = new TableRow(
        [
            TableCell.Text(text.T("Règle", "Rule"), true),
            TableCell.Text(text.T("Changement", "Change"), true),
            TableCell.Text(text.T("Avant", "Before"), true),
            TableCell.Text(text.T("Après", "After"), true),
        ]);
        var rows = diff.Changes.Select(change =>
        {
            KeyValuePair<string, string>[] data = [new("key", change.Key)];
            return new TableRow(
            [
                new TableCell([new TextInline(change.Rule)], IsHeader: true, Data: data),
                TableCell.Text(DiffSummary.KindName(change.Kind, text)),
                TableCell.Value(Side(change.Before, change.BeforeSource, cite), "before"),
                TableCell.Value(Side(change.After, change.AfterSource, cite) with { Assumption = change.Kind == RuleChangeKind.Removed ? null : change.Assumption }, "after"),
            ], $"change {change.Kind.ToString().ToLowerInvariant()}");
        }).ToList();
        blocks.Add(new Table("changes", [header], rows));
        blocks.Add(new Paragraph(DiffSummary.Count(diff, text)));
        return new DocumentSection(Id, DiffSummary.Title(diff, text), blocks);
    }

    private static CitedValue Side(string? value, SourceRef? source, Citations cite) =>
        value is null || source is null ? CitedValue.Plain("—") : cite.Cite(value, source.Instruction, source.Location);
}
