namespace SunEs.LanguageServer.Protocol;

public sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<LspDiagnostic> Diagnostics)
{
    public int? Version { get; init; }
}

public sealed record LspDiagnostic(Range Range, int Severity, string Code, string Source, string Message);

public static class LspDiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
}
