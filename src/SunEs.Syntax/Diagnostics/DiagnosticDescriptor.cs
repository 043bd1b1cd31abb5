namespace SunEs.Diagnostics;

/// <summary>
/// One entry of the diagnostics catalogue: a stable code, never reused, with its severity
/// and its message in French and English (composite-format placeholders {0}, {1}…).
/// </summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string FrenchFormat, string EnglishFormat)
{
    public string Format(MessageLanguage language) => language == MessageLanguage.English ? EnglishFormat : FrenchFormat;
}
