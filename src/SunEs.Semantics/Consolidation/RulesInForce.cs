namespace SunEs.Semantics;

/// <summary>
/// The consolidated programme on a date: every instruction applicable on that date applied
/// in order, each value carrying the instruction it comes from and what it replaced.
/// </summary>
public sealed class RulesInForce
{
    private readonly Lazy<RulesInForceIndex> _index;

    internal RulesInForce(DateOnly asOf, IReadOnlyList<InstructionSymbol> instructions, IReadOnlyList<ProgrammeInForce> programmes,
        IReadOnlyList<WindowInForce> windows, IReadOnlyList<PrerequisiteInForce> prerequisites, IReadOnlyList<EntitySymbol> data)
    {
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

    public WindowInForce? FindWindow(EntitySymbol symbol) => _index.Value.Windows.GetValueOrDefault(symbol);

    public VoletInForce? FindVolet(EntitySymbol symbol) => _index.Value.Volets.GetValueOrDefault(symbol);

    public DomainInForce? FindDomain(EntitySymbol symbol) => _index.Value.Domains.GetValueOrDefault(symbol);

    public IndicatorInForce? FindIndicator(EntitySymbol symbol) => _index.Value.Indicators.GetValueOrDefault(symbol);

    public PrerequisiteInForce? FindPrerequisite(EntitySymbol symbol) => _index.Value.Prerequisites.GetValueOrDefault(symbol);

    /// <summary>True when the entity exists on this date (its declaring instruction is in force).</summary>
    public bool IsInForce(EntitySymbol symbol) => Instructions.Contains(symbol.DeclaringInstruction);

    /// <summary>The prerequisites a candidacy to this volet must meet.</summary>
    public IEnumerable<PrerequisiteInForce> PrerequisitesFor(VoletInForce volet) =>
        Prerequisites.Where(prerequisite => prerequisite.Volets is null || prerequisite.Volets.Contains(volet.Symbol));
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
    Sourced<EntitySymbol>? Postponement);

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
