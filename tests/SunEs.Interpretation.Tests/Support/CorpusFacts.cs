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
    IReadOnlyList<DateOnly> EpochStarts,
    IReadOnlyList<DateOnly> CalendarDates,
    IReadOnlyDictionary<string, WindowDates> Windows)
{
    /// <summary>Indicators that are a bonus in some epoch: their measure is optional, so it is often left out.</summary>
    public IReadOnlySet<string> BonusIndicators { get; init; } = new HashSet<string>();

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
        // Every date a calendar rule compares with, in any epoch: candidacy periods, measurement periods, milestones.
        var calendar = epochs.SelectMany(rules => rules.Windows)
            .SelectMany(window => new[]
            {
                window.Candidacy?.Value.Start.Date, window.Candidacy?.Value.End.Date,
                window.Measurement?.Value.Period.Start.Date, window.Measurement?.Value.Period.End.Date, window.Milestone?.Value.Date,
            })
            .OfType<DateOnly>().Distinct().Order().ToList();
        var windows = epochs.SelectMany(rules => rules.Windows.Select(window => (Rules: rules, Window: window)))
            .GroupBy(pair => pair.Window.Symbol.Id, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => new WindowDates(
                group.SelectMany(pair => new[] { pair.Window.Candidacy?.Value.Start.Date, pair.Window.Candidacy?.Value.End.Date }).OfType<DateOnly>().Distinct().Order().ToList(),
                group.SelectMany(pair => new[]
                {
                    pair.Window.Milestone?.Value.Date,
                    pair.Window.Postponement is { } postponement ? pair.Rules.FindWindow(postponement.Value.Target)?.Milestone?.Value.Date : null,
                }).OfType<DateOnly>().Distinct().Order().ToList()), StringComparer.Ordinal);
        var bonuses = epochs.SelectMany(rules => rules.Indicators).Where(indicator => indicator.IsBonus).Select(indicator => indicator.Symbol.Id).ToHashSet(StringComparer.Ordinal);
        return new CorpusFacts(schema, rates, thresholds, starts, calendar, windows) { BonusIndicators = bonuses };
    }
}

/// <summary>The dates a window's candidacies are compared with over every epoch: its candidacy period's ends, its milestones and its postponement's.</summary>
internal sealed record WindowDates(IReadOnlyList<DateOnly> CandidacyBounds, IReadOnlyList<DateOnly> Milestones);
