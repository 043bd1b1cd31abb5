namespace SunEs.Cli.Diagnostics;

public enum DiagnosticFormat
{
    Text,
    Json,
    Sarif,
}

public static class DiagnosticFormats
{
    /// <summary>The values of <c>--format</c>, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif"];

    public static bool TryParse(string? value, out DiagnosticFormat format)
    {
        (var ok, format) = value?.Trim().ToLowerInvariant() switch
        {
            "text" => (true, DiagnosticFormat.Text),
            "json" => (true, DiagnosticFormat.Json),
            "sarif" => (true, DiagnosticFormat.Sarif),
            _ => (false, DiagnosticFormat.Text),
        };
        return ok;
    }

    public static IDiagnosticFormatter Formatter(this DiagnosticFormat format) => format switch
    {
        DiagnosticFormat.Json => new JsonDiagnosticFormatter(),
        DiagnosticFormat.Sarif => new SarifDiagnosticFormatter(),
        _ => new TextDiagnosticFormatter(),
    };
}
