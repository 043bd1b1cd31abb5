namespace SunEs.Semantics;

/// <summary>
/// Which windows of a programme precede which on one date: a window precedes another when its
/// candidacy period starts earlier, as the rules in force on that date state it. Windows whose
/// candidacies open the same day precede neither one another; a window whose start is unknown (or
/// which is not in force) has no place in the order.
/// </summary>
public sealed class WindowOrder
{
    private readonly Dictionary<EntitySymbol, int> _ranks;

    private WindowOrder(Dictionary<EntitySymbol, int> ranks) => _ranks = ranks;

    public static WindowOrder Of(IEnumerable<WindowInForce> windows)
    {
        var starts = windows
            .Select(window => (window.Symbol, Start: window.Candidacy?.Value.Start.Date))
            .Where(window => window.Start is not null)
            .ToList();
        var days = starts.Select(window => window.Start!.Value).Distinct().Order().ToList();
        return new WindowOrder(starts.ToDictionary(window => window.Symbol, window => days.IndexOf(window.Start!.Value)));
    }

    /// <summary>The window's place (0 for the windows that open first), or -1 when it has none.</summary>
    public int RankOf(EntitySymbol window) => _ranks.GetValueOrDefault(window, -1);

    public bool HasPlace(EntitySymbol window) => _ranks.ContainsKey(window);

    /// <summary>True when both windows have a place and <paramref name="earlier"/>'s candidacy opens before <paramref name="later"/>'s.</summary>
    public bool Precedes(EntitySymbol earlier, EntitySymbol later) =>
        _ranks.TryGetValue(earlier, out var first) && _ranks.TryGetValue(later, out var second) && first < second;
}
