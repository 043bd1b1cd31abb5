using SunEs.Diagnostics;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.Semantics.Binding;

/// <summary>
/// Resolves identifiers to entities of an expected kind, records every reference, and reports
/// unknown names (with "did you mean" and a quick fix) or names of the wrong kind. A name is
/// looked up in the namespace of the text's programme; "CaRE.D1" names D1 of programme CaRE.
/// A text that belongs to no programme sees every namespace, and a name declared by several
/// programmes must then be qualified.
/// </summary>
internal sealed class NameResolver(SymbolTable symbols, SemanticDiagnostics diagnostics, SpellingSuggester speller)
{
    private readonly List<SymbolReference> _references = [];
    private readonly Dictionary<(EntitySymbol? Scope, EntityKind Kind), SpellingVocabulary> _vocabularies = [];
    private readonly Dictionary<IReadOnlyList<string>, SpellingVocabulary> _listVocabularies = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<SymbolReference> References => _references;

    public SymbolTable Symbols => symbols;

    public void Record(EntitySymbol entity, InstructionSymbol instruction, IdentifierSyntax name, ReferenceKind kind) =>
        Record(entity, instruction, name.Span, kind);

    /// <summary>The entity named, in the namespace of the text's programme, when it exists and is of the kind expected; null (after one diagnostic) otherwise.</summary>
    public EntitySymbol? Resolve(IdentifierSyntax name, EntityKind expected, InstructionSymbol instruction) =>
        Resolve(name, expected, instruction, instruction.Programme);

    /// <summary>The entity named in the namespace of <paramref name="scope"/>; with a null scope, in whichever namespace declares it.</summary>
    public EntitySymbol? Resolve(IdentifierSyntax name, EntityKind expected, InstructionSymbol instruction, EntitySymbol? scope)
    {
        if (name.IsMissing || Lookup(name, expected, instruction, scope) is not { } found)
        {
            return null;
        }

        var (entity, span) = found;
        Record(entity, instruction, span, ReferenceKind.Use);
        if (entity.Kind != expected)
        {
            diagnostics.Report(DiagnosticCatalog.WrongKindOfName, instruction.Tree.GetLocation(name.Span), name.Text, entity.Kind.DescribeWithArticle(), expected.DescribeWithArticle());
            return null;
        }

        return entity;
    }

    /// <summary>The names of <paramref name="kind"/> visible from <paramref name="scope"/> closest to <paramref name="name"/>, for "did you mean".</summary>
    public IReadOnlyList<string> Suggest(string name, EntityKind kind, EntitySymbol? scope)
    {
        if (!_vocabularies.TryGetValue((scope, kind), out var vocabulary))
        {
            vocabulary = new SpellingVocabulary(symbols.Visible(scope).Where(entity => entity.Kind == kind).Select(entity => entity.Id));
            _vocabularies[(scope, kind)] = vocabulary;
        }

        return speller.Closest(name, vocabulary);
    }

    /// <summary>The words of a fixed list (a category's values, the functions) closest to <paramref name="text"/>; the list is folded once.</summary>
    public IReadOnlyList<string> Closest(string text, IReadOnlyList<string> words)
    {
        if (!_listVocabularies.TryGetValue(words, out var vocabulary))
        {
            vocabulary = new SpellingVocabulary(words);
            _listVocabularies[words] = vocabulary;
        }

        return speller.Closest(text, vocabulary);
    }

    /// <summary>Resolves a name that may be of any of several kinds (an envelope part names a volet or a domain).</summary>
    public EntitySymbol? ResolveAny(IdentifierSyntax name, IReadOnlyList<EntityKind> allowed, InstructionSymbol instruction) =>
        !name.IsMissing && symbols.Find(instruction.Programme, name.Text) is { } entity && allowed.Contains(entity.Kind) && entity.Kind != allowed[0]
            ? Resolve(name, entity.Kind, instruction)
            : Resolve(name, allowed[0], instruction);

    /// <summary>
    /// The entities a list names, each once, in the namespace of <paramref name="scope"/> (by
    /// default the text's programme). A name listed again is reported (SUN0207): the second F5 of
    /// « fenêtres F1, F5, F5 » would otherwise be a second column, a second slot, a second case.
    /// </summary>
    public IReadOnlyList<EntitySymbol> ResolveList(IReadOnlyList<IdentifierSyntax> list, EntityKind expected, InstructionSymbol instruction, string owner) =>
        ResolveList(list, expected, instruction, owner, instruction.Programme);

    public IReadOnlyList<EntitySymbol> ResolveList(IReadOnlyList<IdentifierSyntax> list, EntityKind expected, InstructionSymbol instruction, string owner, EntitySymbol? scope)
    {
        ReportRepeated(list, instruction, owner);
        return list.Select(name => Resolve(name, expected, instruction, scope)).OfType<EntitySymbol>().Distinct().ToList();
    }

    public void ReportRepeated(IEnumerable<IdentifierSyntax> list, InstructionSymbol instruction, string owner)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var repeated in list.Where(name => !name.IsMissing && !seen.Add(name.Text)))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateItem, instruction.Tree.GetLocation(repeated.Span), repeated.Text, owner);
        }
    }

    /// <summary>The entity and the span that names it (after "CaRE." in a qualified name); null after reporting why there is none.</summary>
    private (EntitySymbol Entity, TextSpan Span)? Lookup(IdentifierSyntax name, EntityKind expected, InstructionSymbol instruction, EntitySymbol? scope)
    {
        var location = instruction.Tree.GetLocation(name.Span);
        if (symbols.Find(scope, name.Text) is { } local)
        {
            return (local, name.Span);
        }

        if (Qualified(name, instruction) is { } qualified)
        {
            if (scope is not null && qualified.Entity.Programme != scope)
            {
                ReportOtherProgramme(name, qualified.Entity, scope, location);
                return null;
            }

            return qualified;
        }

        var elsewhere = symbols.FindEverywhere(name.Text).ToList();
        if (scope is null && elsewhere.Count == 1)
        {
            return (elsewhere[0], name.Span);
        }

        if (scope is null && elsewhere.Count > 1)
        {
            var choices = elsewhere.Select(entity => entity.QualifiedId).Order(StringComparer.Ordinal).ToList();
            var fixes = choices.Select(choice => new DiagnosticFix(new LocalizedText($"Remplacer par « {choice} »", $"Replace with '{choice}'"), name.Span, choice)).ToList();
            diagnostics.ReportWithFixes(DiagnosticCatalog.AmbiguousName, location, fixes, name.Text, new NameList(choices));
            return null;
        }

        if (elsewhere.Count > 0)
        {
            ReportOtherProgramme(name, elsewhere[0], scope!, location);
            return null;
        }

        var suggestions = Suggest(name.Text, expected, scope);
        var replacements = suggestions
            .Select(suggestion => new DiagnosticFix(new LocalizedText($"Remplacer par « {suggestion} »", $"Replace with '{suggestion}'"), name.Span, suggestion))
            .ToList();
        diagnostics.ReportWithFixes(DiagnosticCatalog.UnknownName, location, replacements, expected.DescribeUnknown(), name.Text, SpellingSuggester.Hint(suggestions));
        return null;
    }

    /// <summary>"CaRE.D1": a programme's name, a dot, and a name of that programme's namespace; the programme's name is recorded as a reference to it.</summary>
    private (EntitySymbol Entity, TextSpan Span)? Qualified(IdentifierSyntax name, InstructionSymbol instruction)
    {
        for (var dot = name.Text.IndexOf('.'); dot > 0 && dot < name.Text.Length - 1; dot = name.Text.IndexOf('.', dot + 1))
        {
            if (symbols.FindProgramme(name.Text[..dot]) is { } programme && symbols.Find(programme, name.Text[(dot + 1)..]) is { Kind: not EntityKind.Programme } member)
            {
                Record(programme, instruction, new TextSpan(name.Span.Start, dot), ReferenceKind.Use);
                return (member, TextSpan.FromBounds(name.Span.Start + dot + 1, name.Span.End));
            }
        }

        return null;
    }

    private void ReportOtherProgramme(IdentifierSyntax name, EntitySymbol entity, EntitySymbol scope, Location location) =>
        diagnostics.Report(DiagnosticCatalog.NameOfAnotherProgramme, location, name.Text, entity.Kind.DescribeWithArticle(), entity.Programme?.Id ?? "—", scope.Id);

    private void Record(EntitySymbol entity, InstructionSymbol instruction, TextSpan span, ReferenceKind kind) =>
        _references.Add(new SymbolReference(entity, instruction.Tree.GetLocation(span), kind));
}
