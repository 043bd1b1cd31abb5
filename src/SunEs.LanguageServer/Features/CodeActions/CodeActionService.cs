using SunEs.Diagnostics;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Text;

namespace SunEs.LanguageServer.Features.CodeActions;

/// <summary>
/// Quick fixes for the diagnostics in a range: the fixes the compiler attaches (did you mean,
/// « modifié » marker…), plus a missing grid cell or column (SUN0503) and a missing
/// degressivity rate (SUN0506).
/// </summary>
public static class CodeActionService
{
    public static IReadOnlyList<CodeAction> CodeActions(FeatureContext context, TextSpan range)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in DiagnosticConverter.For(context.Compilation, context.Text).Where(d => Overlaps(d.Location.Span, range)))
        {
            var converted = DiagnosticConverter.Convert(diagnostic, context.Language);
            foreach (var fix in diagnostic.Fixes)
            {
                var edit = new TextEdit(PositionConverter.ToRange(context.Text, fix.Span), fix.NewText);
                actions.Add(new CodeAction(fix.Title.In(context.Language), CodeActionKind.QuickFix, Edits.Single(context.Document.Uri, edit))
                {
                    Diagnostics = [converted],
                    IsPreferred = diagnostic.Fixes.Count == 1 ? true : null,
                });
            }

            var extra = diagnostic.Code switch
            {
                "SUN0503" => GridFix.For(context, diagnostic),
                "SUN0506" => DegressivityFix.For(context, diagnostic),
                _ => null,
            };
            if (extra is { } action)
            {
                actions.Add(action with { Diagnostics = [converted], IsPreferred = true });
            }
        }

        return actions;
    }

    private static bool Overlaps(TextSpan span, TextSpan range) => span.Start <= range.End && range.Start <= span.End;
}

internal static class Edits
{
    public static WorkspaceEdit Single(string uri, params TextEdit[] edits) =>
        new(new Dictionary<string, IReadOnlyList<TextEdit>> { [uri] = edits });

    /// <summary>The leading white space of the line holding the offset.</summary>
    public static string Indentation(SourceText text, int offset)
    {
        var line = text.GetLineText(text.GetLinePosition(offset).Line);
        return line[..(line.Length - line.TrimStart().Length)];
    }

    public static int Column(SourceText text, int offset) => text.GetLinePosition(offset).Character;
}
