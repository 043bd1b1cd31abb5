using SunEs.Diagnostics;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Syntax;

namespace SunEs.LanguageServer.Features.CodeActions;

/// <summary>SUN0506, a volet's degressivity without a rate for one of its windows: add « , Fx 0 % » for the author to fill in.</summary>
internal static class DegressivityFix
{
    public static CodeAction? For(FeatureContext context, Diagnostic diagnostic)
    {
        // SUN0506's arguments: the date, the volet, the window without a rate.
        if (diagnostic.Arguments is not [_, string voletId, string window])
        {
            return null;
        }
        var volet = context.Tree.Root.Declarations.OfType<ProgrammeSyntax>()
            .SelectMany(p => p.Items.OfType<VoletSyntax>())
            .Where(v => v.Name.Text == voletId)
            .OrderByDescending(v => v.Name.Span == diagnostic.Location.Span)
            .FirstOrDefault();
        if (volet is null)
        {
            return null;
        }

        var text = context.Text;
        TextEdit edit;
        if (volet.Items.OfType<DegressivitySyntax>().LastOrDefault() is { } degressivity)
        {
            var end = PositionConverter.ToPosition(text, degressivity.Span.End);
            edit = new TextEdit(new Protocol.Range(end, end), $", {window} 0 %");
        }
        else
        {
            var anchor = volet.Items.TakeWhile(item => item is not DomainSyntax).LastOrDefault()?.Span.End
                ?? volet.Label?.Span.End ?? volet.AmendedKeyword?.Span.End ?? volet.Name.Span.End;
            var end = PositionConverter.ToPosition(text, anchor);
            edit = new TextEdit(new Protocol.Range(end, end), $"\n{Edits.Indentation(text, volet.Span.Start)}    dégressivité {window} 0 %");
        }

        return new CodeAction(context.T($"Ajouter la dégressivité de {window}", $"Add the degressivity of {window}"), CodeActionKind.QuickFix, Edits.Single(context.Document.Uri, edit));
    }
}
