namespace SunEs.Semantics.Binding;

/// <summary>
/// Every declared entity, by namespace: programmes share one namespace; everything else
/// (volets, domains, indicators, windows, prerequisites, data) lives in the namespace of its
/// programme, so two programmes may each have a D1. A folder without programme keeps one
/// namespace, the null one.
/// </summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<string, EntitySymbol> _programmes = new(StringComparer.Ordinal);
    private readonly Dictionary<(EntitySymbol? Programme, string Id), EntitySymbol> _members = [];
    private readonly Dictionary<string, List<EntitySymbol>> _membersById = new(StringComparer.Ordinal);
    private readonly List<EntitySymbol> _all = [];

    /// <summary>Every entity, in the order it was declared.</summary>
    public IReadOnlyList<EntitySymbol> All => _all;

    public IReadOnlyCollection<EntitySymbol> Programmes => _programmes.Values;

    public EntitySymbol? FindProgramme(string id) => _programmes.GetValueOrDefault(id);

    /// <summary>What <paramref name="id"/> names in <paramref name="programme"/>'s namespace: a programme's own name names the programme.</summary>
    public EntitySymbol? Find(EntitySymbol? programme, string id) =>
        _programmes.GetValueOrDefault(id) ?? _members.GetValueOrDefault((programme, id));

    /// <summary>The entities named <paramref name="id"/> in every namespace.</summary>
    public IEnumerable<EntitySymbol> FindEverywhere(string id) =>
        _programmes.TryGetValue(id, out var programme) ? [programme] : _membersById.GetValueOrDefault(id) ?? [];

    /// <summary>The entities of one namespace (programmes included: their names are visible everywhere).</summary>
    public IEnumerable<EntitySymbol> Visible(EntitySymbol? programme) =>
        _all.Where(entity => entity.Kind == EntityKind.Programme || entity.Programme == programme);

    public void Add(EntitySymbol entity)
    {
        if (entity.Kind == EntityKind.Programme)
        {
            _programmes.Add(entity.Id, entity);
        }
        else
        {
            _members.Add((entity.Programme, entity.Id), entity);
            if (!_membersById.TryGetValue(entity.Id, out var named))
            {
                _membersById[entity.Id] = named = [];
            }

            named.Add(entity);
        }

        _all.Add(entity);
    }
}
