using SunEs.Syntax;
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
        var values = new Dictionary<PropertyKey, BoundProperty>(_ordered.Count);
        var replaced = new Dictionary<BoundProperty, BoundProperty>(ReferenceEqualityComparer.Instance);
        foreach (var property in _ordered.Where(property => applied.Contains(property.Instruction)))
        {
            if (values.TryGetValue(property.Key, out var previous))
            {
                replaced[property] = previous;
            }

            values[property.Key] = property;
        }

        var live = _entities.Where(entity => applied.Contains(entity.DeclaringInstruction)).ToList();
        var view = new View(values, replaced, live);
        return new RulesInForce(asOf, inForce,
            live.Where(e => e.Kind == EntityKind.Programme).Select(view.Programme).ToList(),
            live.Where(e => e.Kind == EntityKind.Window).Select(view.Window).ToList(),
            live.Where(e => e.Kind == EntityKind.Prerequisite).Select(view.Prerequisite).ToList(),
            live.Where(e => e.Kind == EntityKind.Data).ToList(),
            values.Values.Where(property => property.Key.Name == PropertyName.Waiver && view.IsLive(property.Key.Owner))
                .ToDictionary(property => (property.Key.Owner, property.Key.Text!), view.Cast<Waiver>));
    }

    /// <summary>
    /// Reads the folded values of one date into the typed records of <see cref="RulesInForce"/>.
    /// Children and every value of an owner are indexed once, in the order of the texts: reading
    /// an entity never rescans the whole programme, so a consolidation stays linear. The fold
    /// keeps the texts' own values (and which one each replaced) and only the typed records are
    /// made: an untyped copy of every value lived as long as the fold and was then thrown away.
    /// </summary>
    private sealed class View(Dictionary<PropertyKey, BoundProperty> folded, Dictionary<BoundProperty, BoundProperty> replaced, IReadOnlyList<EntitySymbol> liveEntities)
    {
        private readonly Dictionary<PropertyKey, BoundProperty> _values = folded;
        private readonly HashSet<EntitySymbol> _live = liveEntities.ToHashSet();
        private readonly ILookup<(EntitySymbol Parent, EntityKind Kind), EntitySymbol> _children =
            liveEntities.Where(entity => entity.Parent is not null).ToLookup(entity => (entity.Parent!, entity.Kind));
        private readonly ILookup<(EntitySymbol Owner, PropertyName Name), BoundProperty> _byOwner =
            folded.Values.ToLookup(property => (property.Key.Owner, property.Key.Name));

        public ProgrammeInForce Programme(EntitySymbol programme) => new(
            programme,
            Get<string>(programme, PropertyName.Label),
            Get<Envelope>(programme, PropertyName.Envelope),
            RegionalEnvelopes(programme),
            Get<RoundingRule>(programme, PropertyName.Rounding),
            Children(programme, EntityKind.Volet).Select(Volet).ToList())
        {
            OverseasScope = Get<OverseasScope>(programme, PropertyName.OverseasScope),
            CalendarRules = All<CalendarRuleKind>(programme, PropertyName.CalendarRule).ToDictionary(rule => rule.Value),
            AdmissibilityConditions = All<BoundExpression>(programme, PropertyName.AdmissibilityCondition).ToList(),
        };

        private List<Sourced<RegionalEnvelope>> RegionalEnvelopes(EntitySymbol owner) =>
            All<RegionalEnvelope>(owner, PropertyName.RegionalEnvelope)
                .Where(envelope => envelope.Value.Window is null || _live.Contains(envelope.Value.Window))
                .OrderBy(envelope => envelope.Value.Region, StringComparer.Ordinal).ThenBy(envelope => envelope.Value.Window?.Id, StringComparer.Ordinal).ToList();

        /// <summary>Every value of a keyed property of the owner (one per region, per rule…), in the order the texts write them.</summary>
        private IEnumerable<Sourced<T>> All<T>(EntitySymbol owner, PropertyName name) =>
            Keyed(owner, name).Select(Cast<T>)
                .OrderBy(value => value.Instruction.Order).ThenBy(value => value.Location.Span.Start);

        private VoletInForce Volet(EntitySymbol volet)
        {
            var windows = Get<IReadOnlyList<EntitySymbol>>(volet, PropertyName.Windows);
            var liveWindows = windows?.Value.Where(_live.Contains).ToList() ?? [];
            var domains = Children(volet, EntityKind.Domain).Select(Domain).ToList();
            var indicators = domains.SelectMany(d => d.Indicators).Select(i => i.Symbol).ToHashSet();
            // A list of windows written after a window's degressivity and targets, and without that window, ends them.
            bool Applies(EntitySymbol window, BoundProperty value) =>
                _live.Contains(window) && (windows is null || liveWindows.Contains(window) || value.Instruction.Order >= windows.Instruction.Order);
            var degressivity = Keyed(volet, PropertyName.Degressivity)
                .Where(property => Applies(property.Key.First!, property))
                .ToDictionary(property => property.Key.First!, Cast<decimal>);
            if (degressivity.Count == 0)
            {
                // A volet that states no degressivity pays 100 % in every window: the rule comes from the volet's declaration.
                degressivity = liveWindows.ToDictionary(window => window, _ => new Sourced<decimal>(100m, volet.DeclaringInstruction, volet.Declaration.Location, null));
            }

            var targets = Keyed(volet, PropertyName.Target)
                .Where(property => indicators.Contains(property.Key.First!) && Applies(property.Key.Second!, property))
                .ToDictionary(property => (property.Key.First!, property.Key.Second!), Cast<TargetValue>);
            return new VoletInForce(volet, Get<string>(volet, PropertyName.Label), Get<Envelope>(volet, PropertyName.Envelope),
                windows is null ? null : windows with { Value = liveWindows }, degressivity, domains, targets)
            {
                RegionalEnvelopes = RegionalEnvelopes(volet),
                AdmissibilityConditions = All<BoundExpression>(volet, PropertyName.AdmissibilityCondition).ToList(),
            };
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
            Get<Postponement>(window, PropertyName.Postponement));

        public PrerequisiteInForce Prerequisite(EntitySymbol prerequisite) => new(
            prerequisite,
            Get<string>(prerequisite, PropertyName.Label),
            Get<string>(prerequisite, PropertyName.Group),
            Get<IReadOnlyList<EntitySymbol>>(prerequisite, PropertyName.Volets) is { } volets ? volets with { Value = volets.Value.Where(_live.Contains).ToList() } : null,
            Get<IReadOnlyList<EntitySymbol>>(prerequisite, PropertyName.Tolerance));

        public bool IsLive(EntitySymbol entity) => _live.Contains(entity);

        private IEnumerable<EntitySymbol> Children(EntitySymbol parent, EntityKind kind) => _children[(parent, kind)];

        /// <summary>Every value the owner has under a keyed property (per region, per window, per cell), in the order the texts write them.</summary>
        private IEnumerable<BoundProperty> Keyed(EntitySymbol owner, PropertyName name) => _byOwner[(owner, name)];

        private Sourced<T>? Get<T>(EntitySymbol owner, PropertyName name) =>
            _values.TryGetValue(new PropertyKey(owner, name), out var value) ? Cast<T>(value) : null;

        /// <summary>The value a text gives, typed, with the values it replaced.</summary>
        public Sourced<T> Cast<T>(BoundProperty property) =>
            new((T)property.Value, property.Instruction, property.Location, replaced.TryGetValue(property, out var previous) ? Cast<T>(previous) : null)
            {
                Assumption = property.Assumption,
            };
    }
}
