using System.Globalization;
using System.Text;
using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Semantics.Tests.Baselines;

/// <summary>
/// The text of a baseline: one block per diagnostic, in the compilation's order (file, position, code):
/// <code>
/// file(line,col)-(line,col): severity CODE
///   fr: message
///   en: message
///   fix: titre / title → "new text" at (line,col)-(line,col)
/// </code>
/// Lines and columns are one-based; the end is exclusive. No diagnostic gives an empty text.
/// </summary>
internal static class BaselineFormat
{
    public static string Render(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            builder.Append(location.Source.Path).Append(Range(location.Source, location.Span))
                .Append(": ").Append(Severity(diagnostic.Severity)).Append(' ').Append(diagnostic.Code).Append('\n');
            builder.Append("  fr: ").Append(OneLine(diagnostic.GetMessage(MessageLanguage.French))).Append('\n');
            builder.Append("  en: ").Append(OneLine(diagnostic.GetMessage(MessageLanguage.English))).Append('\n');
            foreach (var fix in diagnostic.Fixes)
            {
                builder.Append("  fix: ").Append(OneLine(fix.Title.French)).Append(" / ").Append(OneLine(fix.Title.English))
                    .Append(" → \"").Append(OneLine(fix.NewText)).Append("\" at ").Append(Range(location.Source, fix.Span)).Append('\n');
            }
        }

        return builder.ToString();
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Information => "information",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "unknown severity"),
    };

    private static string Range(SourceText source, TextSpan span)
    {
        var start = source.GetLinePosition(span.Start);
        var end = source.GetLinePosition(span.End);
        return string.Create(CultureInfo.InvariantCulture, $"({start.Line + 1},{start.Character + 1})-({end.Line + 1},{end.Character + 1})");
    }

    /// <summary>A message on one line: line breaks (none are expected) are shown as \n so that a block stays three lines.</summary>
    private static string OneLine(string text) => text.Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");
}
