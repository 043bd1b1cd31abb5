namespace SunEs.Runtime;

/// <summary>
/// What a candidacy may say for one compiled programme: every window, domain, prerequisite,
/// datum and indicator of every epoch, each with a slot. Names are resolved here, once, when a
/// candidacy is built; evaluation only reads slots.
/// </summary>
public sealed class CandidacySchema
{
    private readonly Dictionary<string, WindowField> _windows;
    private readonly Dictionary<string, DomainField> _domains;
    private readonly Dictionary<string, PrerequisiteField> _prerequisites;
    private readonly Dictionary<string, DataField> _data;
    private readonly Dictionary<string, IndicatorField> _indicators;
    private readonly Dictionary<string, TerritoryField> _territories;

    public CandidacySchema(
        IReadOnlyList<WindowField> windows,
        IReadOnlyList<DomainField> domains,
        IReadOnlyList<PrerequisiteField> prerequisites,
        IReadOnlyList<DataField> data,
        IReadOnlyList<IndicatorField> indicators,
        IReadOnlyList<TerritoryField>? territories = null)
    {
        Windows = windows;
        Domains = domains;
        Prerequisites = prerequisites;
        Data = data;
        Indicators = indicators;
        _windows = Index(windows, field => field.Id, field => field.Slot);
        _domains = Index(domains, field => field.Id, field => field.Slot);
        _prerequisites = Index(prerequisites, field => field.Id, field => field.Slot);
        _data = Index(data, field => field.Id, field => field.Slot);
        _indicators = Index(indicators, field => field.Id, field => field.Slot);
        Territories = territories ?? [];
        _territories = Territories.SelectMany(territory => territory.Aliases.Prepend(territory.Name).Select(name => (Key: TerritoryField.Key(name), territory)))
            .DistinctBy(pair => pair.Key).ToDictionary(pair => pair.Key, pair => pair.territory, StringComparer.Ordinal);
    }

    /// <summary>The territories a candidacy may be in (see <see cref="TerritoryField.Key"/> for how names match).</summary>
    public IReadOnlyList<TerritoryField> Territories { get; }

    public TerritoryField? FindTerritory(string name) => _territories.GetValueOrDefault(TerritoryField.Key(name));

    public IReadOnlyList<WindowField> Windows { get; }

    public IReadOnlyList<DomainField> Domains { get; }

    public IReadOnlyList<PrerequisiteField> Prerequisites { get; }

    public IReadOnlyList<DataField> Data { get; }

    public IReadOnlyList<IndicatorField> Indicators { get; }

    public WindowField? FindWindow(string id) => _windows.GetValueOrDefault(id);

    public DomainField? FindDomain(string id) => _domains.GetValueOrDefault(id);

    public PrerequisiteField? FindPrerequisite(string id) => _prerequisites.GetValueOrDefault(id);

    public DataField? FindData(string id) => _data.GetValueOrDefault(id);

    public IndicatorField? FindIndicator(string id) => _indicators.GetValueOrDefault(id);

    /// <summary>
    /// Starts a candidacy of an establishment in a window. The establishment is its FINESS number,
    /// checked and normalized here (<see cref="FinessNumber"/>) so that every candidacy, whatever
    /// built it, names its establishment one way.
    /// </summary>
    public CandidacyBuilder NewCandidacy(string establishment, string windowId)
    {
        ArgumentNullException.ThrowIfNull(windowId);
        var number = FinessNumber.Normalize(establishment);
        var window = FindWindow(windowId) ?? throw EvaluationException.UnknownName(number, EvaluationErrorKind.UnknownWindow, windowId,
            new("la fenêtre", "window"));
        return new CandidacyBuilder(this, number, window);
    }

    public CandidacyBuilder NewCandidacy(string establishment, WindowField window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var number = FinessNumber.Normalize(establishment);
        if (window.Slot >= Windows.Count || Windows[window.Slot] != window)
        {
            throw new ArgumentException("The window does not belong to this schema.", nameof(window));
        }

        return new CandidacyBuilder(this, number, window);
    }

    /// <summary>Slots must be 0…n-1 in order: evaluation indexes arrays with them.</summary>
    private static Dictionary<string, T> Index<T>(IReadOnlyList<T> fields, Func<T, string> id, Func<T, int> slot)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        for (var position = 0; position < fields.Count; position++)
        {
            if (slot(fields[position]) != position)
            {
                throw new ArgumentException($"Field '{id(fields[position])}' has slot {slot(fields[position])}, expected {position}.", nameof(fields));
            }

            if (!index.TryAdd(id(fields[position]), fields[position]))
            {
                throw new ArgumentException($"Field '{id(fields[position])}' is declared twice.", nameof(fields));
            }
        }

        return index;
    }
}
