using SunEs.Semantics;
using SunEs.Syntax;

namespace SunEs.LanguageServer.Features.Completion;

/// <summary>
/// Completion of the outcomes of earlier windows. In a rule: indicators and domains where an
/// operand starts, « atteint en » after an indicator and « financé en » after a domain (or
/// « … en fenêtre précédente », « déjà … »), the word that fits after « déjà », the windows of the subject's
/// volet after « en ». In a test's « résultats antérieurs »: domains and indicators, then
/// « financé en » / « non financé en » (or « atteint en »…), then the windows.
/// </summary>
internal static class OutcomeCompletion
{
    /// <summary>Adds what may follow in a rule; true when nothing else may (after « en », « fenêtre » or « déjà » of an outcome).</summary>
    public static bool InRule(FeatureContext context, CompletionSite site, CompletionItems items)
    {
        if (Windows(context, site, items, afterPreviousKeyword: true))
        {
            return true;
        }

        var text = site.Text;
        if (Lexemes.Is(text, site.Previous, "deja") && Subject(context, site, site.BeforePrevious) is { } earlier)
        {
            items.Keywords([Word(earlier)]);
            return true;
        }

        if (Subject(context, site, site.Previous) is { } subject)
        {
            items.Keywords([$"{Word(subject)} en", $"{Word(subject)} en fenêtre précédente", $"déjà {Word(subject)}"]);
        }

        items.Entities(EntityKind.Indicator);
        items.Entities(EntityKind.Domain);
        return false;
    }

    /// <summary>After « résultats antérieurs » in a test.</summary>
    public static void InTest(FeatureContext context, CompletionSite site, CompletionItems items)
    {
        var text = site.Text;
        if (Windows(context, site, items, afterPreviousKeyword: false))
        {
            return;
        }

        if (Lexemes.Is(text, site.Previous, "non") && Subject(context, site, site.BeforePrevious) is { } denied)
        {
            items.Keywords([$"{Word(denied)} en"]);
        }
        else if (Subject(context, site, site.Previous) is { } subject)
        {
            items.Keywords([$"{Word(subject)} en", $"non {Word(subject)} en"]);
        }
        else if (Lexemes.Is(text, site.Previous, "anterieur*") || Lexemes.IsPunctuation(text, site.Previous, ","))
        {
            items.Entities(EntityKind.Domain);
            items.Entities(EntityKind.Indicator);
        }
    }

    /// <summary>
    /// After « atteint en » / « financé en »: the windows of the subject's volet (and, in a rule,
    /// « fenêtre précédente »); after « en fenêtre »: « précédente ».
    /// </summary>
    private static bool Windows(FeatureContext context, CompletionSite site, CompletionItems items, bool afterPreviousKeyword)
    {
        var text = site.Text;
        var statement = site.Statement;
        if (afterPreviousKeyword && Lexemes.Is(text, site.Previous, "fenetre") && Lexemes.Is(text, site.BeforePrevious, "en"))
        {
            items.Keywords(["précédente"]);
            return true;
        }

        if (!Lexemes.Is(text, site.Previous, "en") || !Lexemes.Is(text, site.BeforePrevious, "atteint*", "financ*"))
        {
            return false;
        }

        var subjectToken = statement.Count > 2 ? statement[^3] : (SyntaxToken?)null;
        if (Lexemes.Is(text, subjectToken, "non"))
        {
            subjectToken = statement.Count > 3 ? statement[^4] : null;
        }

        var volet = Subject(context, site, subjectToken) is { } subject ? VoletOf(subject) : null;
        var windows = volet is null ? null : context.Compilation.GetRulesInForce(context.Today).FindVolet(volet)?.WindowList;
        items.Entities(EntityKind.Window, window => windows is not { Count: > 0 } || windows.Contains(window));
        if (afterPreviousKeyword)
        {
            items.Keywords(["fenêtre précédente"]);
        }

        return true;
    }

    private static EntitySymbol? Subject(FeatureContext context, CompletionSite site, SyntaxToken? token) =>
        token is { Kind: SyntaxTokenKind.Identifier } identifier
            && context.Compilation.FindEntity(site.Text[identifier.Span], context.Programme) is { Kind: EntityKind.Indicator or EntityKind.Domain } subject
            ? subject
            : null;

    private static string Word(EntitySymbol subject) => subject.Kind == EntityKind.Indicator ? "atteint" : "financé";

    private static EntitySymbol? VoletOf(EntitySymbol subject) => subject.Kind == EntityKind.Indicator ? subject.Parent?.Parent : subject.Parent;
}
