using SunEs.Semantics;
using SunEs.Syntax;

namespace SunEs.LanguageServer.Features.Completion;

/// <summary>
/// Where a category's value is being written: after « catégorie = » (or ≠), after « catégorie parmi »,
/// or after a comma of that « parmi » list — in a rule as in a test's « données ».
/// </summary>
internal static class CategoryValueSite
{
    private static readonly string[] Comparisons = ["=", "≠", "!=", "<>"];

    /// <summary>The category datum whose value the caret is on; null anywhere else.</summary>
    public static EntitySymbol? Datum(FeatureContext context, CompletionSite site)
    {
        var text = site.Text;
        var tokens = site.Statement;
        var index = tokens.Count - 1;
        var inList = false;
        while (index >= 1 && Lexemes.IsPunctuation(text, tokens[index], ",") && tokens[index - 1].Kind == SyntaxTokenKind.String)
        {
            index -= 2;
            inList = true;
        }

        if (index < 1 || tokens[index - 1].Kind != SyntaxTokenKind.Identifier)
        {
            return null;
        }

        var introducer = tokens[index];
        var introduces = Lexemes.Is(text, introducer, "parmi") || (!inList && Comparisons.Any(comparison => Lexemes.IsPunctuation(text, introducer, comparison)));
        return introduces && Find(context, text[tokens[index - 1].Span]) is { DataType: DataType.Category } datum ? datum : null;
    }

    /// <summary>A datum of the document's programme, or « Programme.datum ».</summary>
    private static EntitySymbol? Find(FeatureContext context, string name)
    {
        if (context.Compilation.FindEntity(name, context.Programme) is { } local)
        {
            return local;
        }

        var dot = name.IndexOf('.');
        return dot > 0 && context.Compilation.FindProgramme(name[..dot]) is { } programme ? context.Compilation.FindEntity(name[(dot + 1)..], programme) : null;
    }
}
