using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.LanguageServer.Features;

/// <summary>
/// Renames an identifier everywhere it is declared, amended and used, in every document: the
/// entity itself, so another programme's entity of the same name is left alone. Only identifiers
/// that name an entity can be renamed, and only to a valid identifier that is not a keyword and
/// names nothing else in the entity's programme.
/// </summary>
public static class RenameService
{
    public static PrepareRenameResult PrepareRename(FeatureContext context, int offset)
    {
        var reference = Find(context, offset);
        return new PrepareRenameResult(PositionConverter.ToRange(reference.Location), reference.Entity.Id);
    }

    public static WorkspaceEdit Rename(FeatureContext context, int offset, string newName)
    {
        var entity = Find(context, offset).Entity;
        newName = newName.Trim();
        if (!IsIdentifier(newName))
        {
            throw new LspException(LspErrorCodes.RequestFailed, context.T(
                $"« {newName} » n'est pas un identifiant valide : lettres, chiffres, « _ » et des points entre segments, sans mot-clé du langage.",
                $"'{newName}' is not a valid identifier: letters, digits, '_' and dots between segments, and not a keyword of the language."));
        }

        if (newName != entity.Id && Taken(context, entity, newName) is { } existing)
        {
            throw new LspException(LspErrorCodes.RequestFailed, context.T(
                $"« {newName} » désigne déjà {existing.Kind.DescribeWithArticleText(context)} : un identifiant désigne une seule chose dans son programme.",
                $"'{newName}' already names {existing.Kind.DescribeWithArticleText(context)}: an identifier names one thing only in its programme."));
        }

        var changes = NavigationService.ReferencesTo(context.Compilation, entity)
            .Select(r => (Location: context.Snapshot.ToLocation(r.Location), r))
            .Where(pair => pair.Location is not null)
            .GroupBy(pair => pair.Location!.Uri)
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlyList<TextEdit>)group.Select(pair => new TextEdit(pair.Location!.Range, newName)).ToList());
        return new WorkspaceEdit(changes);
    }

    /// <summary>
    /// What the new name already names where the entity lives: in its programme's namespace, or among
    /// programmes for a programme (whose name no entity of any programme may take either).
    /// </summary>
    private static Semantics.EntitySymbol? Taken(FeatureContext context, Semantics.EntitySymbol entity, string newName) =>
        entity.Kind == Semantics.EntityKind.Programme
            ? context.Compilation.Entities.FirstOrDefault(other => other.Id == newName)
            : context.Compilation.FindEntity(newName, entity.Programme);

    private static Semantics.SymbolReference Find(FeatureContext context, int offset) =>
        context.Compilation.FindReference(context.Text, offset)
        ?? throw new LspException(LspErrorCodes.RequestFailed, context.T(
            "Seul un identifiant déclaré (fenêtre, indicateur, donnée…) peut être renommé ; un mot-clé ou un texte ne le peut pas.",
            "Only a declared identifier (window, indicator, datum…) can be renamed; a keyword or a text cannot."));

    /// <summary>True when the text lexes as exactly one identifier (so neither a keyword nor anything else).</summary>
    public static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || text.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var tree = SyntaxParser.Parse(new SourceText("rename", text));
        return tree.Tokens is [{ Kind: SyntaxTokenKind.Identifier } token] && token.Span.Length == text.Length;
    }

    private static string DescribeWithArticleText(this Semantics.EntityKind kind, FeatureContext context) =>
        Semantics.EntityKinds.DescribeWithArticle(kind).In(context.Language);
}
