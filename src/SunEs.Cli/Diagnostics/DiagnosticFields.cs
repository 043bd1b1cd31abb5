using SunEs.Diagnostics;

namespace SunEs.Cli.Diagnostics;

/// <summary>What every output format shows of a diagnostic, with 1-based lines and columns.</summary>
internal sealed record DiagnosticFields(string Path, int Line, int Column, int EndLine, int EndColumn, string Severity, string Code, string Message)
{
    public static DiagnosticFields Of(Diagnostic diagnostic, MessageLanguage language)
    {
        var start = diagnostic.Location.Start;
        var end = diagnostic.Location.End;
        return new DiagnosticFields(
            diagnostic.Location.Source.Path,
            start.Line + 1,
            start.Character + 1,
            end.Line + 1,
            end.Character + 1,
            SeverityWord(diagnostic.Severity),
            diagnostic.Code,
            diagnostic.GetMessage(language));
    }

    /// <summary>"error", "warning", "info": the same words in every language, as compilers print them.</summary>
    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
