using SunEs.Syntax;

namespace SunEs.Semantics;

/// <summary>
/// The consolidated programmes on a date: every instruction applicable on that date applied
/// in order, each value carrying the instruction it comes from and what it replaced.
/// <see cref="ForProgramme"/> narrows them to one programme and what belongs to it.
/// </summary>
public sealed class RulesInForce
{
    private readonly Lazy<RulesInForceIndex> _index;
    private readonly IReadOnlyDictionary<(EntitySymbol Entity, string Code), Sourced<Waiver>> _waivers;

    internal RulesInForce(DateOnly asOf, IReadOnlyList<InstructionSymbol> instructions, IReadOnlyList<ProgrammeInForce> programmes,
        IReadOnlyList<WindowInForce> windows, IReadOnlyList<PrerequisiteInForce> prerequisites, IReadOnlyList<EntitySymbol> data,
        IReadOnlyDictionary<(EntitySymbol Entity, string Code), Sourced<Waiver>> waivers)
    {
        _waivers = waivers;
        AsOf = asOf;
        Instructions = instructions;
        Programmes = programmes;
        Windows = windows;
        Prerequisites = prerequisites;
        Data = data;
        _index = new Lazy<RulesInForceIndex>(() => new RulesInForceIndex(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public DateOnly AsOf { get; }

    /// <summary>The instructions in force, in the order they apply.</summary>
    public IReadOnlyList<InstructionSymbol> Instructions { get; }

    public IReadOnlyList<ProgrammeInForce> Programmes { get; }

    public IReadOnlyList<WindowInForce> Windows { get; }

    public IReadOnlyList<PrerequisiteInForce> Prerequisites { get; }

    public IReadOnlyList<EntitySymbol> Data { get; }

    public IEnumerable<VoletInForce> Volets => Programmes.SelectMany(programme => programme.Volets);

    public IEnumerable<DomainInForce> Domains => Volets.SelectMany(volet => volet.Domains);

    public IEnumerable<IndicatorInForce> Indicators => Domains.SelectMany(domain => domain.Indicators);

    /// <summary>The waivers in force ("dérogation SUN0401 …"), each with the entity whose block writes it.</summary>
    public IEnumerable<(EntitySymbol Entity, Sourced<Waiver> Waiver)> Waivers => _waivers.Select(pair => (pair.Key.Entity, pair.Value));

    /// <summary>The waiver of <paramref name="code"/> the block of <paramref name="entity"/> writes, if one is in force.</summary>
    public Sourced<Waiver>? FindWaiver(EntitySymbol entity, string code) => _waivers.GetValueOrDefault((entity, code));

    public WindowInForce? FindWindow(EntitySymbol symbol) => _index.Value.Windows.GetValueOrDefault(symbol);

    public VoletInForce? FindVolet(EntitySymbol symbol) => _index.Value.Volets.GetValueOrDefault(symbol);

    public DomainInForce? FindDomain(EntitySymbol symbol) => _index.Value.Domains.GetValueOrDefault(symbol);

    public IndicatorInForce? FindIndicator(EntitySymbol symbol) => _index.Value.Indicators.GetValueOrDefault(symbol);

    public PrerequisiteInForce? FindPrerequisite(EntitySymbol symbol) => _index.Value.Prerequisites.GetValueOrDefault(symbol);

    /// <summary>True when the entity exists on this date (its declaring instruction is in force).</summary>
    public bool IsInForce(EntitySymbol symbol) => Instructions.Contains(symbol.DeclaringInstruction);

    /// <summary>The prerequisites a candidacy to this volet must meet: those of its programme that name it or name no volet.</summary>
    public IEnumerable<PrerequisiteInForce> PrerequisitesFor(VoletInForce volet) =>
        Prerequisites.Where(prerequisite => prerequisite.Symbol.Programme == volet.Symbol.Programme
            && (prerequisite.Volets is null || prerequisite.Volets.Contains(volet.Symbol)));

    /// <summary>
    /// The rules of one programme on the same date: its instructions in force, itself, and its
    /// windows, prerequisites and data. What compiled rules and a programme's page are made of.
    /// </summary>
    public RulesInForce ForProgramme(EntitySymbol programme) => new(
        AsOf,
        Instructions.Where(instruction => instruction.Programme == programme).ToList(),
        Programmes.Where(candidate => candidate.Symbol == programme).ToList(),
        Windows.Where(window => window.Symbol.Programme == programme).ToList(),
        Prerequisites.Where(prerequisite => prerequisite.Symbol.Programme == programme).ToList(),
        Data.Where(datum => datum.Programme == programme).ToList(),
        _waivers.Where(pair => pair.Key.Entity.Programme == programme).ToDictionary());
}

public sealed record ProgrammeInForce(
    EntitySymbol Symbol,
    Sourced<string>? Label,
    Sourced<Envelope>? Envelope,
    IReadOnlyList<Sourced<RegionalEnvelope>> RegionalEnvelopes,
    Sourced<RoundingRule>? Rounding,
    IReadOnlyList<VoletInForce> Volets)
{
    public RoundingRule RoundingRule => Rounding?.Value ?? RoundingRule.Default;

    /// <summary>Where the rules apply besides metropolitan France; null when no text in force says (no territorial condition).</summary>
    public Sourced<OverseasScope>? OverseasScope { get; init; }

    /// <summary>The rules over a candidacy's dates in force, by kind.</summary>
    public IReadOnlyDictionary<CalendarRuleKind, Sourced<CalendarRuleKind>> CalendarRules { get; init; } = new Dictionary<CalendarRuleKind, Sourced<CalendarRuleKind>>();

    /// <summary>"recevable si …" conditions every requested volet must meet, in the order the texts write them.</summary>
    public IReadOnlyList<Sourced<BoundExpression>> AdmissibilityConditions { get; init; } = [];

    public Sourced<CalendarRuleKind>? CalendarRule(CalendarRuleKind kind) => CalendarRules.GetValueOrDefault(kind);
}

public sealed record VoletInForce(
    EntitySymbol Symbol,
    Sourced<string>? Label,
    Sourced<Envelope>? Envelope,
    Sourced<IReadOnlyList<EntitySymbol>>? Windows,
    IReadOnlyDictionary<EntitySymbol, Sourced<decimal>> Degressivity,
    IReadOnlyList<DomainInForce> Domains,
    IReadOnlyDictionary<(EntitySymbol Indicator, EntitySymbol Window), Sourced<TargetValue>> Targets)
{
    public IReadOnlyList<EntitySymbol> WindowList => Windows?.Value ?? [];

    public IEnumerable<IndicatorInForce> Indicators => Domains.SelectMany(domain => domain.Indicators);

    public Sourced<TargetValue>? TargetFor(EntitySymbol indicator, EntitySymbol window) =>
        Targets.TryGetValue((indicator, window), out var target) ? target : null;

    /// <summary>Regional envelopes stated for this volet only.</summary>
    public IReadOnlyList<Sourced<RegionalEnvelope>> RegionalEnvelopes { get; init; } = [];

    /// <summary>"recevable si …" conditions of this volet, besides the programme's.</summary>
    public IReadOnlyList<Sourced<BoundExpression>> AdmissibilityConditions { get; init; } = [];
}

public sealed record DomainInForce(
    EntitySymbol Symbol,
    Sourced<string>? Label,
    Sourced<Envelope>? Envelope,
    Sourced<BoundExpression>? Forfait,
    Sourced<BoundExpression>? Eligibility,
    IReadOnlyList<IndicatorInForce> Indicators);

public sealed record IndicatorInForce(
    EntitySymbol Symbol,
    Sourced<string>? Label,
    Sourced<IndicatorDefinition>? Definition,
    Sourced<BoundExpression>? Bonus,
    Sourced<BoundExpression>? Applicability)
{
    public bool IsBonus => Bonus is not null;
}

public sealed record WindowInForce(
    EntitySymbol Symbol,
    Sourced<string>? Label,
    Sourced<DatePeriod>? Candidacy,
    Sourced<Delay>? Selection,
    Sourced<Measurement>? Measurement,
    Sourced<DateValue>? Milestone,
    Sourced<Postponement>? Postponement);

public sealed record PrerequisiteInForce(
    EntitySymbol Symbol,
    Sourced<string>? Label,
    Sourced<string>? Group,
    Sourced<IReadOnlyList<EntitySymbol>>? VoletList,
    Sourced<IReadOnlyList<EntitySymbol>>? Tolerance)
{
    /// <summary>The volets it applies to; null when it applies to every volet.</summary>
    public IReadOnlyList<EntitySymbol>? Volets => VoletList?.Value;

    public bool IsToleratedIn(EntitySymbol window) => Tolerance?.Value.Contains(window) == true;
}
