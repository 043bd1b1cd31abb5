using SunEs.Documents.Formatting;
using SunEs.Documents.Model;
using SunEs.Semantics;

namespace SunEs.Documents.Diff;

public enum RuleChangeKind
{
    Changed,
    Added,
    Removed,
}

/// <summary>A rule whose value differs between the two dates; the source of each side says which text wrote it.</summary>
public sealed record RuleChange(RuleChangeKind Kind, string Key, RuleCategory Category, string Rule, string? Before, string? After,
    SourceRef? BeforeSource, SourceRef? AfterSource)
{
    /// <summary>What the value the change leads to (or, for a removal, the removed one) rests on, when an assumption.</summary>
    public string? Assumption { get; init; }

    /// <summary>The text the change comes from: the one that wrote the new value or removed the old (a « / »), else the one that wrote the old.</summary>
    public SourceRef Source => AfterSource ?? BeforeSource!;
}

/// <summary>
/// What differs between the rules in force on two dates: the instructions that came into or went
/// out of force, and every rule whose value changed, appeared or disappeared. A text that writes a
/// value again unchanged (a grid restated whole) changes nothing.
/// </summary>
public sealed record RulesDiff(DateOnly From, DateOnly To, IReadOnlyList<InstructionSymbol> Entered, IReadOnlyList<InstructionSymbol> Left,
    IReadOnlyList<RuleChange> Changes)
{
    public static RulesDiff Compare(RulesInForce from, RulesInForce to, Diagnostics.MessageLanguage language)
    {
        var programmes = from.Programmes.Concat(to.Programmes).Select(programme => programme.Symbol).Distinct().Count();
        var facts = new RuleFacts(new ValueText(language), qualified: programmes > 1);
        var before = facts.Of(from);
        var after = facts.Of(to);
        var removedBy = facts.Absences;
        var beforeByKey = before.ToDictionary(fact => fact.Key, StringComparer.Ordinal);
        var afterKeys = after.Select(fact => fact.Key).ToHashSet(StringComparer.Ordinal);
        var changes = new List<RuleChange>();
        foreach (var fact in after)
        {
            if (!beforeByKey.TryGetValue(fact.Key, out var old))
            {
                changes.Add(new RuleChange(RuleChangeKind.Added, fact.Key, fact.Category, fact.Rule, null, fact.Value, null, fact.Source) { Assumption = fact.Assumption });
            }
            else if (old.Value != fact.Value)
            {
                changes.Add(new RuleChange(RuleChangeKind.Changed, fact.Key, fact.Category, fact.Rule, old.Value, fact.Value, old.Source, fact.Source) { Assumption = fact.Assumption });
            }
        }

        changes.AddRange(before.Where(fact => !afterKeys.Contains(fact.Key))
            .Select(fact => new RuleChange(RuleChangeKind.Removed, fact.Key, fact.Category, fact.Rule, fact.Value, null, fact.Source, removedBy.GetValueOrDefault(fact.Key)) { Assumption = fact.Assumption }));
        return new RulesDiff(from.AsOf, to.AsOf,
            to.Instructions.Where(instruction => !from.Instructions.Contains(instruction)).ToList(),
            from.Instructions.Where(instruction => !to.Instructions.Contains(instruction)).ToList(),
            changes);
    }
}
