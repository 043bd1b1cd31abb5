namespace SunEs.Diagnostics;

/// <summary>
/// One entry of the diagnostics catalogue: a stable code, never reused, with its severity
/// and its message in French and English (composite-format placeholders {0}, {1}…).
/// <see cref="IsWaivable"/>: the check describes a convention, not an impossibility, and a text
/// may say it is intended ("dérogation CODE "motif"" in the block it is about).
/// </summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string FrenchFormat, string EnglishFormat, bool IsWaivable = false)
{
    public string Format(MessageLanguage language) => language == MessageLanguage.English ? EnglishFormat : FrenchFormat;
}
