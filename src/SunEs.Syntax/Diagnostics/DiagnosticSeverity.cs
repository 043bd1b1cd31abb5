namespace SunEs.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
    Information,
}
