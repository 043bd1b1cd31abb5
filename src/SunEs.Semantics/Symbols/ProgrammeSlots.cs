namespace SunEs.Semantics;

/// <summary>
/// The slot of every window, domain, prerequisite, datum and indicator of a programme (of its
/// namespace only: another programme's D1 is not its D1), in the order compiled rules give them
/// (declaring instruction, then position in its text), so a candidacy means the same thing to
/// the interpreter and to the compiled assembly. The same entity keeps one slot whatever the date.
/// </summary>
public sealed class ProgrammeSlots
{
    private readonly Dictionary<EntitySymbol, int> _slots = [];

    public ProgrammeSlots(IEnumerable<EntitySymbol> entities, EntitySymbol programme)
    {
        var ordered = entities
            .Where(entity => entity.Programme == programme)
            .OrderBy(entity => entity.DeclaringInstruction.Order)
            .ThenBy(entity => entity.Declaration.Syntax.Span.Start)
            .ToList();
        Windows = Assign(ordered.Where(entity => entity.Kind == EntityKind.Window));
        Domains = Assign(ordered.Where(entity => entity.Kind == EntityKind.Domain && entity.Parent?.Parent == programme));
        Prerequisites = Assign(ordered.Where(entity => entity.Kind == EntityKind.Prerequisite));
        Data = Assign(ordered.Where(entity => entity.Kind == EntityKind.Data));
        Indicators = Assign(ordered.Where(entity => entity.Kind == EntityKind.Indicator && entity.Parent?.Parent?.Parent == programme));
    }

    public IReadOnlyList<EntitySymbol> Windows { get; }

    public IReadOnlyList<EntitySymbol> Domains { get; }

    public IReadOnlyList<EntitySymbol> Prerequisites { get; }

    public IReadOnlyList<EntitySymbol> Data { get; }

    public IReadOnlyList<EntitySymbol> Indicators { get; }

    public int this[EntitySymbol entity] => _slots[entity];

    /// <summary>-1 for an absent entity: the runtime reads it as "none".</summary>
    public int SlotOrNone(EntitySymbol? entity) => entity is not null && _slots.TryGetValue(entity, out var slot) ? slot : -1;

    private List<EntitySymbol> Assign(IEnumerable<EntitySymbol> entities)
    {
        var list = entities.ToList();
        for (var slot = 0; slot < list.Count; slot++)
        {
            _slots[list[slot]] = slot;
        }

        return list;
    }
}
