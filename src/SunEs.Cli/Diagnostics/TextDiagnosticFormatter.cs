using SunEs.Diagnostics;

namespace SunEs.Cli.Diagnostics;

/// <summary>
/// One line per diagnostic, as compilers print them and editors recognise them:
/// <c>path(line,col): error SUN0201: message</c>; then the summary line.
/// </summary>
public sealed class TextDiagnosticFormatter : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output, MessageLanguage language)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(FormatLine(diagnostic, language));
        }

        output.WriteLine(DiagnosticCounts.Of(diagnostics).Summary(language));
    }

    public static string FormatLine(Diagnostic diagnostic, MessageLanguage language)
    {
        var fields = DiagnosticFields.Of(diagnostic, language);
        return $"{fields.Path}({fields.Line},{fields.Column}): {fields.Severity} {fields.Code}: {fields.Message}";
    }
}
