using SunEs.Diagnostics;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.LanguageServer.Features;

/// <summary>The compiler's diagnostics in protocol form, one document at a time.</summary>
public static class DiagnosticConverter
{
    public const string Source = "sunes";

    public static LspDiagnostic Convert(Diagnostic diagnostic, MessageLanguage language) => new(
        PositionConverter.ToRange(diagnostic.Location),
        diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => LspDiagnosticSeverity.Error,
            DiagnosticSeverity.Warning => LspDiagnosticSeverity.Warning,
            DiagnosticSeverity.Information => LspDiagnosticSeverity.Information,
            var other => throw new ArgumentOutOfRangeException(nameof(diagnostic), other, "unknown severity"),
        },
        diagnostic.Code,
        Source,
        diagnostic.GetMessage(language));

    public static IEnumerable<Diagnostic> For(Compilation compilation, SourceText text) =>
        compilation.Diagnostics.Where(diagnostic => diagnostic.Location.Source == text);

    public static IReadOnlyList<LspDiagnostic> ConvertAll(Compilation compilation, SourceText text, MessageLanguage language) =>
        For(compilation, text).Select(diagnostic => Convert(diagnostic, language)).ToList();
}
