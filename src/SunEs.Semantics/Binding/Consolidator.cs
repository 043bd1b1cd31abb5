namespace SunEs.Semantics.Binding;

/// <summary>
/// Applies, in order, every instruction applicable on a date: a later text's value for a
/// property replaces the earlier one, which it remembers as <see cref="Sourced{T}.Replaced"/>.
/// The rules of a date are computed once and shared: the checks, every test written for that
/// date and every reader of the compilation ask for the same few dates, and each consolidation
/// is linear in the size of the texts.
/// </summary>
internal sealed class Consolidator(IReadOnlyList<InstructionSymbol> instructions, IReadOnlyList<EntitySymbol> entities, IReadOnlyList<BoundProperty> properties)
{
    private readonly Dictionary<DateOnly, RulesInForce> _byDate = [];
    private readonly Lock _byDateLock = new();

    private readonly IReadOnlyList<BoundProperty> _ordered = properties
        .OrderBy(property => property.Instruction.Order)
        .ThenBy(property => property.Location.Span.Start)
        .ToList();

    private readonly IReadOnlyList<EntitySymbol> _entities = entities
        .OrderBy(entity => entity.DeclaringInstruction.Order)
        .ThenBy(entity => entity.Declaration.Syntax.Span.Start)
        .ToList();

    /// <summary>The rules in force on <paramref name="asOf"/>, the same instance for every caller of the same date.</summary>
    public RulesInForce Consolidate(DateOnly asOf)
    {
        lock (_byDateLock)
        {
            if (!_byDate.TryGetValue(asOf, out var rules))
            {
                rules = Fold(asOf);
                _byDate[asOf] = rules;
            }

            return rules;
        }
    }

    private RulesInForce Fold(DateOnly asOf)
    {
        var inForce = instructions.Where(i => i.AppliesFrom is { } applies && applies <= asOf).OrderBy(i => i.Order).ToList();
        var applied = inForce.ToHashSet();
        var values = new Dictionary<PropertyKey, Sourced<object>>();
        foreach (var property in _ordered.Where(property => applied.Contains(property.Instruction)))
        {
            values.TryGetValue(property.Key, out var previous);
            values[property.Key] = new Sourced<object>(property.Value, property.Instruction, property.Location, previous);
        }

        var live = _entities.Where(entity => applied.Contains(entity.DeclaringInstruction)).ToList();
        var view = new View(values, live);
        return new RulesInForce(asOf, inForce,
            live.Where(e => e.Kind == EntityKind.Programme).Select(view.Programme).ToList(),
            live.Where(e => e.Kind == EntityKind.Window).Select(view.Window).ToList(),
            live.Where(e => e.Kind == EntityKind.Prerequisite).Select(view.Prerequisite).ToList(),
            live.Where(e => e.Kind == EntityKind.Data).ToList());
    }

    /// <summary>
    /// Reads the folded values of one date into the typed records of <see cref="RulesInForce"/>.
    /// Children and the keyed values of an owner (regional envelopes, degressivity, targets) are
    /// indexed once, in the order of the texts, so that reading every entity stays linear.
    /// </summary>
    private sealed class View
    {
        private readonly Dictionary<PropertyKey, Sourced<object>> _values;
        private readonly HashSet<EntitySymbol> _live;
        private readonly Dictionary<(EntitySymbol Parent, EntityKind Kind), List<EntitySymbol>> _children = [];
        private readonly Dictionary<(EntitySymbol Owner, PropertyName Name), List<KeyValuePair<PropertyKey, Sourced<object>>>> _keyed = [];

        public View(Dictionary<PropertyKey, Sourced<object>> values, IReadOnlyList<EntitySymbol> live)
        {
            _values = values;
            _live = live.ToHashSet();
            foreach (var entity in live.Where(entity => entity.Parent is not null))
            {
                Add(_children, (entity.Parent!, entity.Kind), entity);
            }

            foreach (var pair in values.Where(pair => pair.Key.Name is PropertyName.RegionalEnvelope or PropertyName.Degressivity or PropertyName.Target))
            {
                Add(_keyed, (pair.Key.Owner, pair.Key.Name), pair);
            }
        }

        public ProgrammeInForce Programme(EntitySymbol programme) => new(
            programme,
            Get<string>(programme, PropertyName.Label),
            Get<Envelope>(programme, PropertyName.Envelope),
            Keyed(programme, PropertyName.RegionalEnvelope)
                .Select(pair => Cast<RegionalEnvelope>(pair.Value)).OrderBy(e => e.Value.Region, StringComparer.Ordinal).ToList(),
            Get<RoundingRule>(programme, PropertyName.Rounding),
            Children(programme, EntityKind.Volet).Select(Volet).ToList());

        private VoletInForce Volet(EntitySymbol volet)
        {
            var windows = Get<IReadOnlyList<EntitySymbol>>(volet, PropertyName.Windows);
            var liveWindows = windows?.Value.Where(_live.Contains).ToList() ?? [];
            var domains = Children(volet, EntityKind.Domain).Select(Domain).ToList();
            var indicators = domains.SelectMany(d => d.Indicators).Select(i => i.Symbol).ToHashSet();
            var degressivity = Keyed(volet, PropertyName.Degressivity)
                .Where(pair => _live.Contains(pair.Key.First!))
                .ToDictionary(pair => pair.Key.First!, pair => Cast<decimal>(pair.Value));
            var targets = Keyed(volet, PropertyName.Target)
                .Where(pair => indicators.Contains(pair.Key.First!) && _live.Contains(pair.Key.Second!))
                .ToDictionary(pair => (pair.Key.First!, pair.Key.Second!), pair => Cast<TargetValue>(pair.Value));
            return new VoletInForce(volet, Get<string>(volet, PropertyName.Label), Get<Envelope>(volet, PropertyName.Envelope),
                windows is null ? null : windows with { Value = liveWindows }, degressivity, domains, targets);
        }

        private DomainInForce Domain(EntitySymbol domain) => new(
            domain,
            Get<string>(domain, PropertyName.Label),
            Get<Envelope>(domain, PropertyName.Envelope),
            Get<BoundExpression>(domain, PropertyName.Forfait),
            Get<BoundExpression>(domain, PropertyName.Eligibility),
            Children(domain, EntityKind.Indicator).Select(Indicator).ToList());

        private IndicatorInForce Indicator(EntitySymbol indicator) => new(
            indicator,
            Get<string>(indicator, PropertyName.Label),
            Get<IndicatorDefinition>(indicator, PropertyName.Definition),
            Get<BoundExpression>(indicator, PropertyName.Bonus),
            Get<BoundExpression>(indicator, PropertyName.Applicability));

        public WindowInForce Window(EntitySymbol window) => new(
            window,
            Get<string>(window, PropertyName.Label),
            Get<DatePeriod>(window, PropertyName.Candidacy),
            Get<Delay>(window, PropertyName.Selection),
            Get<Measurement>(window, PropertyName.Measurement),
            Get<DateValue>(window, PropertyName.Milestone),
            Get<EntitySymbol>(window, PropertyName.Postponement));

        public PrerequisiteInForce Prerequisite(EntitySymbol prerequisite) => new(
            prerequisite,
            Get<string>(prerequisite, PropertyName.Label),
            Get<string>(prerequisite, PropertyName.Group),
            Get<IReadOnlyList<EntitySymbol>>(prerequisite, PropertyName.Volets) is { } volets ? volets with { Value = volets.Value.Where(_live.Contains).ToList() } : null,
            Get<IReadOnlyList<EntitySymbol>>(prerequisite, PropertyName.Tolerance));

        private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(value);
        }

        private IReadOnlyList<EntitySymbol> Children(EntitySymbol parent, EntityKind kind) =>
            _children.TryGetValue((parent, kind), out var children) ? children : [];

        private IReadOnlyList<KeyValuePair<PropertyKey, Sourced<object>>> Keyed(EntitySymbol owner, PropertyName name) =>
            _keyed.TryGetValue((owner, name), out var pairs) ? pairs : [];

        private Sourced<T>? Get<T>(EntitySymbol owner, PropertyName name) =>
            _values.TryGetValue(new PropertyKey(owner, name), out var value) ? Cast<T>(value) : null;

        private static Sourced<T> Cast<T>(Sourced<object> value) =>
            new((T)value.Value, value.Instruction, value.Location, value.Replaced is null ? null : Cast<T>(value.Replaced));
    }
}
