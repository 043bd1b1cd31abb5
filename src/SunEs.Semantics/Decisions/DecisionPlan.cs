using SunEs.Syntax;

namespace SunEs.Semantics;

/// <summary>
/// The steps of a decision under the rules in force on one date, in the order they are taken,
/// stated once for every back end: the emitter translates the plan into C#, the interpreter
/// walks it, and both call the runtime's <c>DecisionBuilder</c> step by step.
/// <list type="number">
/// <item>The whole candidacy: its territory (<see cref="Territory"/>), its filing date
/// (<see cref="Filing"/>), the programme's "recevable si" conditions.</item>
/// <item>Each requested volet on its own: the window must be one of its windows, each of its
/// prerequisites met unless tolerated in the window, its own conditions true.</item>
/// <item>If a volet is admissible, the schedule: the window's own, or its postponement's
/// (<see cref="Schedules"/>), which names the milestone, measurement period, targets and
/// degressivity that then apply.</item>
/// <item>The calendar rules on the results (<see cref="Results"/>, <see cref="MeasuredPeriod"/>).</item>
/// <item>Each requested domain of an admissible volet: dates, eligibility, every indicator against
/// its target, then forfait × degressivity and the bonuses earned.</item>
/// </list>
/// </summary>
public sealed class DecisionPlan
{
    private DecisionPlan(RulesInForce rules, ProgrammeInForce programme)
    {
        Rules = rules;
        Programme = programme;
        Volets = programme.Volets.Select(volet => VoletStep.Create(rules, volet)).ToList();
        Schedules = rules.Windows.Select(window => ScheduleStep.Create(rules, window)).ToList();
    }

    public static DecisionPlan Create(RulesInForce rules, ProgrammeInForce programme) => new(rules, programme);

    public RulesInForce Rules { get; }

    public ProgrammeInForce Programme { get; }

    public Sourced<OverseasScope>? Territory => Programme.OverseasScope;

    public Sourced<CalendarRuleKind>? Filing => Programme.CalendarRule(CalendarRuleKind.FiledDuringCandidacyPeriod);

    public IReadOnlyList<Sourced<BoundExpression>> Conditions => Programme.AdmissibilityConditions;

    public IReadOnlyList<VoletStep> Volets { get; }

    /// <summary>One per window in force, in the order of <see cref="RulesInForce.Windows"/>.</summary>
    public IReadOnlyList<ScheduleStep> Schedules { get; }

    public Sourced<CalendarRuleKind>? Results => Programme.CalendarRule(CalendarRuleKind.ResultsByMilestone);

    public Sourced<CalendarRuleKind>? MeasuredPeriod => Programme.CalendarRule(CalendarRuleKind.MeasuredWithinPeriod);

    public IEnumerable<DomainStep> Domains => Volets.SelectMany(volet => volet.Domains);
}

/// <summary>A volet's admissibility, then its domains.</summary>
public sealed record VoletStep(VoletInForce Volet, IReadOnlyList<PrerequisiteStep> Prerequisites, IReadOnlyList<DomainStep> Domains)
{
    public IReadOnlyList<EntitySymbol> Windows => Volet.WindowList;

    public IReadOnlyList<Sourced<BoundExpression>> Conditions => Volet.AdmissibilityConditions;

    internal static VoletStep Create(RulesInForce rules, VoletInForce volet) => new(
        volet,
        rules.PrerequisitesFor(volet).Select(prerequisite => new PrerequisiteStep(prerequisite, prerequisite.Tolerance?.Value ?? [])).ToList(),
        volet.Domains.Select(domain => DomainStep.Create(volet, domain)).ToList());
}

/// <summary>A prerequisite a candidacy to the volet must meet, but in the windows it is tolerated in.</summary>
public sealed record PrerequisiteStep(PrerequisiteInForce Prerequisite, IReadOnlyList<EntitySymbol> ToleratedIn);

/// <summary>
/// A domain: eligibility, each indicator against the target of the schedule's targets window,
/// then the forfait at the degressivity of the schedule's degressivity window, and the bonuses.
/// </summary>
public sealed record DomainStep(DomainInForce Domain, VoletInForce Volet, IReadOnlyList<IndicatorStep> Indicators, IReadOnlyDictionary<EntitySymbol, Sourced<decimal>> Degressivity)
{
    public IEnumerable<IndicatorStep> Bonuses => Indicators.Where(indicator => indicator.Indicator.Bonus is not null);

    internal static DomainStep Create(VoletInForce volet, DomainInForce domain) => new(
        domain,
        volet,
        domain.Indicators.Select(indicator => IndicatorStep.Create(volet, indicator)).ToList(),
        volet.Degressivity.Where(pair => volet.WindowList.Contains(pair.Key)).ToDictionary());
}

/// <summary>An indicator and its target in each window of its volet that sets one ("/" sets none).</summary>
public sealed record IndicatorStep(IndicatorInForce Indicator, IReadOnlyList<(EntitySymbol Window, Sourced<TargetValue> Target)> Targets)
{
    public Sourced<TargetValue>? TargetIn(EntitySymbol window) => Targets.FirstOrDefault(cell => cell.Window == window).Target;

    internal static IndicatorStep Create(VoletInForce volet, IndicatorInForce indicator) => new(
        indicator,
        volet.WindowList
            .Select(window => (Window: window, Target: volet.TargetFor(indicator.Symbol, window)))
            .Where(cell => cell.Target is { Value.Kind: not TargetKind.None })
            .Select(cell => (cell.Window, cell.Target!))
            .ToList());
}

/// <summary>
/// The calendar of a window's candidacies: their own, and — when the window has a postponement
/// whose target is in force and whose terms are complete — the postponed one: measured over
/// <see cref="PostponedTo"/>'s period up to its milestone, with the targets of
/// <see cref="TargetsOf"/> and the degressivity of <see cref="DegressivityOf"/>.
/// </summary>
public sealed record ScheduleStep(WindowInForce Window, WindowInForce? PostponedTo, EntitySymbol? TargetsOf, EntitySymbol? DegressivityOf, Sourced<Postponement>? Rule)
{
    public bool OffersPostponement => PostponedTo is not null;

    internal static ScheduleStep Create(RulesInForce rules, WindowInForce window) =>
        window.Postponement is { Value: { TargetsOf: { } targetsOf, DegressivityOf: { } degressivityOf } terms } rule
        && rules.FindWindow(terms.Target) is { } target && rules.IsInForce(targetsOf) && rules.IsInForce(degressivityOf)
            ? new ScheduleStep(window, target, targetsOf, degressivityOf, rule)
            : new ScheduleStep(window, null, null, null, null);
}
