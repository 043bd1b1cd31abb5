namespace SunEs.Semantics.Binding;

/// <summary>
/// Applies, in order, every instruction applicable on a date: a later text's value for a
/// property replaces the earlier one, which it remembers as <see cref="Sourced{T}.Replaced"/>.
/// </summary>
internal sealed class Consolidator(IReadOnlyList<InstructionSymbol> instructions, IReadOnlyList<EntitySymbol> entities, IReadOnlyList<BoundProperty> properties)
{
    private readonly IReadOnlyList<BoundProperty> _ordered = properties
        .OrderBy(property => property.Instruction.Order)
        .ThenBy(property => property.Location.Span.Start)
        .ToList();

    private readonly IReadOnlyList<EntitySymbol> _entities = entities
        .OrderBy(entity => entity.DeclaringInstruction.Order)
        .ThenBy(entity => entity.Declaration.Syntax.Span.Start)
        .ToList();

    public RulesInForce Consolidate(DateOnly asOf)
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
            live.Where(e => e.Kind == EntityKind.Data).ToList(),
            values.Where(pair => pair.Key.Name == PropertyName.Waiver && live.Contains(pair.Key.Owner))
                .ToDictionary(pair => (pair.Key.Owner, pair.Key.Text!), pair => View.Cast<Waiver>(pair.Value)));
    }

    /// <summary>Reads the folded values of one date into the typed records of <see cref="RulesInForce"/>.</summary>
    private sealed class View(Dictionary<PropertyKey, Sourced<object>> values, IReadOnlyList<EntitySymbol> live)
    {
        public ProgrammeInForce Programme(EntitySymbol programme) => new(
            programme,
            Get<string>(programme, PropertyName.Label),
            Get<Envelope>(programme, PropertyName.Envelope),
            values.Where(pair => pair.Key.Owner == programme && pair.Key.Name == PropertyName.RegionalEnvelope)
                .Select(pair => Cast<RegionalEnvelope>(pair.Value)).OrderBy(e => e.Value.Region, StringComparer.Ordinal).ToList(),
            Get<RoundingRule>(programme, PropertyName.Rounding),
            Children(programme, EntityKind.Volet).Select(Volet).ToList());

        private VoletInForce Volet(EntitySymbol volet)
        {
            var windows = Get<IReadOnlyList<EntitySymbol>>(volet, PropertyName.Windows);
            var liveWindows = windows?.Value.Where(live.Contains).ToList() ?? [];
            var domains = Children(volet, EntityKind.Domain).Select(Domain).ToList();
            var indicators = domains.SelectMany(d => d.Indicators).Select(i => i.Symbol).ToHashSet();
            var degressivity = values
                .Where(pair => pair.Key.Owner == volet && pair.Key.Name == PropertyName.Degressivity && live.Contains(pair.Key.First!))
                .ToDictionary(pair => pair.Key.First!, pair => Cast<decimal>(pair.Value));
            if (degressivity.Count == 0)
            {
                // A volet that states no degressivity pays 100 % in every window: the rule comes from the volet's declaration.
                degressivity = liveWindows.ToDictionary(window => window, _ => new Sourced<decimal>(100m, volet.DeclaringInstruction, volet.Declaration.Location, null));
            }

            var targets = values
                .Where(pair => pair.Key.Owner == volet && pair.Key.Name == PropertyName.Target && indicators.Contains(pair.Key.First!) && live.Contains(pair.Key.Second!))
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
            Get<IReadOnlyList<EntitySymbol>>(prerequisite, PropertyName.Volets) is { } volets ? volets with { Value = volets.Value.Where(live.Contains).ToList() } : null,
            Get<IReadOnlyList<EntitySymbol>>(prerequisite, PropertyName.Tolerance));

        private IEnumerable<EntitySymbol> Children(EntitySymbol parent, EntityKind kind) =>
            live.Where(entity => entity.Kind == kind && entity.Parent == parent);

        private Sourced<T>? Get<T>(EntitySymbol owner, PropertyName name) =>
            values.TryGetValue(new PropertyKey(owner, name), out var value) ? Cast<T>(value) : null;

        public static Sourced<T> Cast<T>(Sourced<object> value) =>
            new((T)value.Value, value.Instruction, value.Location, value.Replaced is null ? null : Cast<T>(value.Replaced));
    }
}
