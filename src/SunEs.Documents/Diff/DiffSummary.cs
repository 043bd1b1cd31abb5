using SunEs.Documents.Formatting;

namespace SunEs.Documents.Diff;

/// <summary>The sentences every rendering of a diff shares: its title, the texts that came into force, the count.</summary>
internal static class DiffSummary
{
    public static string Title(RulesDiff diff, ValueText text) => text.T(
        $"Changements des règles entre le {text.Date(diff.From)} et le {text.Date(diff.To)}",
        $"Changes of the rules between {text.Date(diff.From)} and {text.Date(diff.To)}");

    public static IEnumerable<string> InstructionLines(RulesDiff diff, ValueText text) =>
        diff.Entered.Select(instruction => text.T($"Entrée en vigueur : {instruction.Number}", $"Came into force: {instruction.Number}") + Applies(instruction, text))
            .Concat(diff.Left.Select(instruction => text.T($"Plus en vigueur : {instruction.Number}", $"No longer in force: {instruction.Number}") + Applies(instruction, text)));

    public static string NoChange(ValueText text) => text.T("Aucune règle n'a changé.", "No rule changed.");

    public static string Count(RulesDiff diff, ValueText text) => diff.Changes.Count switch
    {
        0 => NoChange(text),
        1 => text.T("1 règle a changé.", "1 rule changed."),
        var count => text.T($"{count} règles ont changé.", $"{count} rules changed."),
    };

    public static string KindName(RuleChangeKind kind, ValueText text) => kind switch
    {
        RuleChangeKind.Changed => text.T("modifiée", "changed"),
        RuleChangeKind.Added => text.T("ajoutée", "added"),
        RuleChangeKind.Removed => text.T("supprimée", "removed"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown change kind"),
    };

    private static string Applies(Semantics.InstructionSymbol instruction, ValueText text) =>
        instruction.AppliesFrom is { } date ? text.T($" (applicable le {text.Date(date)})", $" (applies from {text.Date(date)})") : string.Empty;
}
