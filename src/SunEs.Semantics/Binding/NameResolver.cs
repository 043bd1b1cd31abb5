using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>
/// Resolves identifiers to entities of an expected kind, records every reference, and reports
/// unknown names (with "did you mean" and a quick fix) or names of the wrong kind.
/// </summary>
internal sealed class NameResolver(IReadOnlyDictionary<string, EntitySymbol> entities, SemanticDiagnostics diagnostics, SpellingSuggester speller)
{
    private readonly List<SymbolReference> _references = [];
    private readonly Dictionary<EntityKind, SpellingVocabulary> _vocabularies = [];

    public IReadOnlyList<SymbolReference> References => _references;

    public void Record(EntitySymbol entity, InstructionSymbol instruction, IdentifierSyntax name, ReferenceKind kind) =>
        _references.Add(new SymbolReference(entity, instruction.Tree.GetLocation(name.Span), kind));

    /// <summary>The entity named, when it exists and is of the kind expected; null (after one diagnostic) otherwise.</summary>
    public EntitySymbol? Resolve(IdentifierSyntax name, EntityKind expected, InstructionSymbol instruction)
    {
        if (name.IsMissing)
        {
            return null;
        }

        var location = instruction.Tree.GetLocation(name.Span);
        if (!entities.TryGetValue(name.Text, out var entity))
        {
            var suggestions = Suggest(name.Text, expected);
            var fixes = suggestions
                .Select(suggestion => new DiagnosticFix(new LocalizedText($"Remplacer par « {suggestion} »", $"Replace with '{suggestion}'"), name.Span, suggestion))
                .ToList();
            diagnostics.ReportWithFixes(DiagnosticCatalog.UnknownName, location, fixes, expected.DescribeUnknown(), name.Text, SpellingSuggester.Hint(suggestions));
            return null;
        }

        Record(entity, instruction, name, ReferenceKind.Use);
        if (entity.Kind != expected)
        {
            diagnostics.Report(DiagnosticCatalog.WrongKindOfName, location, name.Text, entity.Kind.DescribeWithArticle(), expected.DescribeWithArticle());
            return null;
        }

        return entity;
    }

    /// <summary>The declared names of <paramref name="kind"/> closest to <paramref name="name"/>, for "did you mean".</summary>
    public IReadOnlyList<string> Suggest(string name, EntityKind kind)
    {
        if (!_vocabularies.TryGetValue(kind, out var vocabulary))
        {
            vocabulary = new SpellingVocabulary(entities.Values.Where(entity => entity.Kind == kind).Select(entity => entity.Id));
            _vocabularies[kind] = vocabulary;
        }

        return speller.Closest(name, vocabulary);
    }

    /// <summary>Resolves a name that may be of any of several kinds (an envelope part names a volet or a domain).</summary>
    public EntitySymbol? ResolveAny(IdentifierSyntax name, IReadOnlyList<EntityKind> allowed, InstructionSymbol instruction) =>
        !name.IsMissing && entities.TryGetValue(name.Text, out var entity) && allowed.Contains(entity.Kind) && entity.Kind != allowed[0]
            ? Resolve(name, entity.Kind, instruction)
            : Resolve(name, allowed[0], instruction);

    /// <summary>
    /// The entities a list names, each once. A name listed again is reported (SUN0207): the second
    /// F5 of « fenêtres F1, F5, F5 » would otherwise be a second column, a second slot, a second case.
    /// </summary>
    public IReadOnlyList<EntitySymbol> ResolveList(IReadOnlyList<IdentifierSyntax> list, EntityKind expected, InstructionSymbol instruction, string owner)
    {
        ReportRepeated(list, instruction, owner);
        return ResolveAll(list, expected, instruction).Distinct().ToList();
    }

    public void ReportRepeated(IEnumerable<IdentifierSyntax> list, InstructionSymbol instruction, string owner)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var repeated in list.Where(name => !name.IsMissing && !seen.Add(name.Text)))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateItem, instruction.Tree.GetLocation(repeated.Span), repeated.Text, owner);
        }
    }

    private IReadOnlyList<EntitySymbol> ResolveAll(IEnumerable<IdentifierSyntax> names, EntityKind expected, InstructionSymbol instruction) =>
        names.Select(name => Resolve(name, expected, instruction)).OfType<EntitySymbol>().ToList();
}
