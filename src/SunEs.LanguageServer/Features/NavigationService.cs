using SunEs.Semantics;

namespace SunEs.LanguageServer.Features;

/// <summary>Go to definition and find references, across every document of the workspace.</summary>
public static class NavigationService
{
    /// <summary>From any use or amendment of an identifier to its declaration; from an instruction number to that instruction's header.</summary>
    public static IReadOnlyList<Protocol.Location> Definition(FeatureContext context, int offset)
    {
        if (context.Compilation.FindReference(context.Text, offset) is { } reference)
        {
            return context.Snapshot.ToLocation(reference.Entity.Declaration.Location) is { } location ? [location] : [];
        }

        if (InstructionStrings.Find(context, offset) is { } found)
        {
            return context.Snapshot.ToLocation(found.Instruction.Location) is { } location ? [location] : [];
        }

        return [];
    }

    /// <summary>The declaration (when asked), the amendments and the uses of the identifier under the position, in workspace order.</summary>
    public static IReadOnlyList<Protocol.Location> References(FeatureContext context, int offset, bool includeDeclaration)
    {
        if (context.Compilation.FindReference(context.Text, offset) is not { } reference)
        {
            return [];
        }

        return ReferencesTo(context.Compilation, reference.Entity)
            .Where(r => includeDeclaration || r.Kind != ReferenceKind.Declaration)
            .Select(r => context.Snapshot.ToLocation(r.Location))
            .OfType<Protocol.Location>()
            .ToList();
    }

    public static IEnumerable<SymbolReference> ReferencesTo(Compilation compilation, EntitySymbol entity) =>
        compilation.References
            .Where(r => r.Entity == entity)
            .DistinctBy(r => (r.Location.Source, r.Location.Span))
            .OrderBy(r => r.Location.Source.Path, StringComparer.Ordinal)
            .ThenBy(r => r.Location.Span.Start);
}
