using SunEs.Text;

namespace SunEs.Semantics;

public enum ReferenceKind
{
    Declaration,
    Amendment,
    Use,
}

/// <summary>An identifier in a text that resolved to an entity: what navigation, rename and hover use.</summary>
public sealed record SymbolReference(EntitySymbol Entity, Location Location, ReferenceKind Kind);
