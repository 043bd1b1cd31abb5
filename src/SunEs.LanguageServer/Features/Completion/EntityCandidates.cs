using System.Runtime.CompilerServices;
using SunEs.Semantics;

namespace SunEs.LanguageServer.Features.Completion;

/// <summary>An entity completion may offer, with its names folded as completion compares them.</summary>
internal sealed record EntityCandidate(EntitySymbol Entity, string FoldedId, string FoldedQualifiedId);

/// <summary>
/// The entities of a compilation by kind, in the order completion offers them (by qualified name),
/// computed once per compilation, by the analysis that made it (<see cref="Prepare"/>) or else by
/// the first completion that reads it: completion answers every keystroke from the latest
/// analysis, and sorting and folding thousands of names at each one made it slower than the keystroke.
/// </summary>
internal static class EntityCandidates
{
    private static readonly ConditionalWeakTable<Compilation, IReadOnlyDictionary<EntityKind, EntityCandidate[]>> ByCompilation = new();

    /// <summary>Makes the index of a new compilation ahead of the first completion that reads it (the analysis queue calls it).</summary>
    public static void Prepare(Compilation compilation) => _ = ByCompilation.GetValue(compilation, Index);

    /// <summary>Whether the index of <paramref name="compilation"/> is made.</summary>
    public static bool IsPrepared(Compilation compilation) => ByCompilation.TryGetValue(compilation, out _);

    public static IReadOnlyList<EntityCandidate> Of(Compilation compilation, EntityKind kind) =>
        ByCompilation.GetValue(compilation, Index).GetValueOrDefault(kind) ?? [];

    private static IReadOnlyDictionary<EntityKind, EntityCandidate[]> Index(Compilation compilation) =>
        compilation.Entities
            .OrderBy(entity => entity.QualifiedId, StringComparer.Ordinal)
            .GroupBy(entity => entity.Kind)
            .ToDictionary(group => group.Key, group => group.Select(entity => new EntityCandidate(entity, Lexemes.Fold(entity.Id), Lexemes.Fold(entity.QualifiedId))).ToArray());
}
