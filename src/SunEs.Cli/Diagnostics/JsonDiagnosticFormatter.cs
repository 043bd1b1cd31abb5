using SunEs.Diagnostics;

namespace SunEs.Cli.Diagnostics;

/// <summary>
/// <c>{"diagnostics":[{"path","line","column","endLine","endColumn","severity","code","message"}],"errors":N,"warnings":N,"infos":N}</c>,
/// lines and columns 1-based, end exclusive.
/// </summary>
public sealed class JsonDiagnosticFormatter : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output, MessageLanguage language) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            var fields = DiagnosticFields.Of(diagnostic, language);
            json.WriteStartObject();
            json.WriteString("path", fields.Path);
            json.WriteNumber("line", fields.Line);
            json.WriteNumber("column", fields.Column);
            json.WriteNumber("endLine", fields.EndLine);
            json.WriteNumber("endColumn", fields.EndColumn);
            json.WriteString("severity", fields.Severity);
            json.WriteString("code", fields.Code);
            json.WriteString("message", fields.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var counts = DiagnosticCounts.Of(diagnostics);
        json.WriteNumber("errors", counts.Errors);
        json.WriteNumber("warnings", counts.Warnings);
        json.WriteNumber("infos", counts.Infos);
        json.WriteEndObject();
    });
}
