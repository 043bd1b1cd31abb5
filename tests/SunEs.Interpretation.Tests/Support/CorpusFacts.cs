using SunEs.Runtime;
using SunEs.Semantics;

namespace SunEs.Interpretation.Tests.Support;

/// <summary>
/// What generated candidacies draw from, read from the texts rather than written here: every
/// window, domain, prerequisite and datum of the schema, which indicators are rates, the rate
/// thresholds of each indicator in every epoch, and the dates the rules change.
/// </summary>
internal sealed record CorpusFacts(
    CandidacySchema Schema,
    IReadOnlySet<string> RateIndicators,
    IReadOnlyDictionary<string, IReadOnlyList<decimal>> RateThresholds,
    IReadOnlyList<DateOnly> EpochStarts)
{
    public static CorpusFacts Of(Compilation compilation, CandidacySchema schema)
    {
        var starts = compilation.Instructions.Select(instruction => instruction.AppliesFrom).OfType<DateOnly>().Distinct().Order().ToList();
        var epochs = starts.Select(compilation.GetRulesInForce).ToList();
        var rates = epochs.SelectMany(rules => rules.Indicators)
            .Where(indicator => indicator.Definition?.Value is not YesNoDefinition)
            .Select(indicator => indicator.Symbol.Id)
            .ToHashSet(StringComparer.Ordinal);
        var thresholds = epochs.SelectMany(rules => rules.Volets)
            .SelectMany(volet => volet.Targets)
            .Where(target => target.Value.Value.Kind == TargetKind.Rate)
            .GroupBy(target => target.Key.Indicator.Id, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<decimal>)group.Select(target => target.Value.Value.Points).Distinct().Order().ToList(), StringComparer.Ordinal);
        return new CorpusFacts(schema, rates, thresholds, starts);
    }
}
