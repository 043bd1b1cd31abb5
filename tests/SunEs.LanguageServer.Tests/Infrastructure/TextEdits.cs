using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Text;

namespace SunEs.LanguageServer.Tests.Infrastructure;

/// <summary>Applies protocol edits to a text as a client does: all ranges refer to the text before any edit.</summary>
internal static class TextEdits
{
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var source = new SourceText("edited.sunes", text);
        var spans = edits
            .Select(edit => (Span: PositionConverter.ToEditSpan(source, edit.Range), edit.NewText))
            .OrderByDescending(edit => edit.Span.Start)
            .ToList();
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i].Span.End <= spans[i - 1].Span.Start, "edits overlap");
        }

        foreach (var (span, newText) in spans)
        {
            text = string.Concat(text.AsSpan(0, span.Start), newText, text.AsSpan(span.End));
        }

        return text;
    }
}
