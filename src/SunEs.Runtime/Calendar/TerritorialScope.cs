namespace SunEs.Runtime;

public enum OverseasScopeKind
{
    /// <summary>Every overseas territory but the listed ones.</summary>
    AllExcept,

    /// <summary>Only the listed overseas territories.</summary>
    Only,

    /// <summary>Metropolitan France only.</summary>
    None,
}

/// <summary>
/// Where the programme's rules apply ("Mention Outre-mer"): metropolitan France always, and
/// the overseas territories the scope names (canonical names of <see cref="TerritoryField"/>).
/// </summary>
public sealed record TerritorialScope(OverseasScopeKind Kind, IReadOnlyList<string> Territories, Provenance Rule)
{
    public bool Includes(TerritoryField territory) => !territory.IsOverseas || Kind switch
    {
        OverseasScopeKind.AllExcept => !Territories.Contains(territory.Name),
        OverseasScopeKind.Only => Territories.Contains(territory.Name),
        _ => false,
    };
}
