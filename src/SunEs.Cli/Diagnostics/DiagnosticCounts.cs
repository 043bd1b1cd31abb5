using SunEs.Diagnostics;

namespace SunEs.Cli.Diagnostics;

/// <summary>How many diagnostics of each severity: the summary of a check.</summary>
public sealed record DiagnosticCounts(int Errors, int Warnings, int Infos)
{
    public static DiagnosticCounts Of(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        return new DiagnosticCounts(
            list.Count(d => d.Severity == DiagnosticSeverity.Error),
            list.Count(d => d.Severity == DiagnosticSeverity.Warning),
            list.Count(d => d.Severity == DiagnosticSeverity.Information));
    }

    /// <summary>"2 erreurs, 1 avertissement, 0 information" / "2 errors, 1 warning, 0 info".</summary>
    public string Summary(MessageLanguage language) => string.Join(", ",
        language.Count(Errors, "erreur", "erreurs", "error", "errors"),
        language.Count(Warnings, "avertissement", "avertissements", "warning", "warnings"),
        language.Count(Infos, "information", "informations", "info", "info"));
}
