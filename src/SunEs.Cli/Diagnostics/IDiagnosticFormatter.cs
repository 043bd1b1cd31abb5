using SunEs.Diagnostics;

namespace SunEs.Cli.Diagnostics;

/// <summary>Writes the diagnostics of a check in one output format.</summary>
public interface IDiagnosticFormatter
{
    void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output, MessageLanguage language);
}
