namespace SunEs.Semantics;

/// <summary>
/// The entities of one <see cref="RulesInForce"/> by symbol, built on the first look-up: hover,
/// the checks and the emitter ask for one entity at a time, and a walk of every domain per
/// question would make whole passes quadratic. The first entity listed for a symbol wins.
/// </summary>
internal sealed class RulesInForceIndex(RulesInForce rules)
{
    public Dictionary<EntitySymbol, WindowInForce> Windows { get; } = ByFirstSymbol(rules.Windows, window => window.Symbol);

    public Dictionary<EntitySymbol, VoletInForce> Volets { get; } = ByFirstSymbol(rules.Volets, volet => volet.Symbol);

    public Dictionary<EntitySymbol, DomainInForce> Domains { get; } = ByFirstSymbol(rules.Domains, domain => domain.Symbol);

    public Dictionary<EntitySymbol, IndicatorInForce> Indicators { get; } = ByFirstSymbol(rules.Indicators, indicator => indicator.Symbol);

    public Dictionary<EntitySymbol, PrerequisiteInForce> Prerequisites { get; } = ByFirstSymbol(rules.Prerequisites, prerequisite => prerequisite.Symbol);

    private static Dictionary<EntitySymbol, T> ByFirstSymbol<T>(IEnumerable<T> items, Func<T, EntitySymbol> symbol)
    {
        var index = new Dictionary<EntitySymbol, T>();
        foreach (var item in items)
        {
            index.TryAdd(symbol(item), item);
        }

        return index;
    }
}
