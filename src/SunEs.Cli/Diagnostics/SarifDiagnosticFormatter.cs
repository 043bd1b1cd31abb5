using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using SunEs.Diagnostics;

namespace SunEs.Cli.Diagnostics;

/// <summary>
/// SARIF 2.1.0, for code-scanning services: one run of the "sunes" tool, one rule per code used,
/// one result per diagnostic with its region (1-based lines, UTF-16 columns).
/// </summary>
public sealed partial class SarifDiagnosticFormatter : IDiagnosticFormatter
{
    public const string Version = "2.1.0";

    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly IReadOnlyDictionary<DiagnosticDescriptor, string> RuleNames = typeof(DiagnosticCatalog)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .ToDictionary(field => (DiagnosticDescriptor)field.GetValue(null)!, field => field.Name);

    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output, MessageLanguage language) => JsonOutput.Write(output, json =>
    {
        var rules = diagnostics.Select(d => d.Descriptor).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Code, index)).ToDictionary(pair => pair.Code, pair => pair.index);

        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("version", Version);
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "sunes");
        json.WriteString("semanticVersion", Emit.CompilerVersion.Current);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule, language);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var diagnostic in diagnostics)
        {
            WriteResult(json, diagnostic, ruleIndex[diagnostic.Code], language);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>"error", "warning" or "note".</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative URI reference for a relative path, a file URI for an absolute one.</summary>
    public static string Uri(string path) => Path.IsPathRooted(path)
        ? new Uri(path).AbsoluteUri
        : string.Join('/', path.Split('/').Select(System.Uri.EscapeDataString));

    /// <summary>The message of a rule with its placeholders shown as "…": a description that fits every occurrence.</summary>
    public static string Describe(DiagnosticDescriptor descriptor, MessageLanguage language)
    {
        var text = Placeholder().Replace(descriptor.Format(language), "…");
        return RepeatedEllipsis().Replace(text, "…").Trim();
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule, MessageLanguage language)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Code);
        if (RuleNames.TryGetValue(rule, out var name))
        {
            json.WriteString("name", name);
        }

        json.WriteStartObject("shortDescription");
        json.WriteString("text", Describe(rule, language));
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex, MessageLanguage language)
    {
        var fields = DiagnosticFields.Of(diagnostic, language);
        json.WriteStartObject();
        json.WriteString("ruleId", fields.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", fields.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(fields.Path));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", fields.Line);
        json.WriteNumber("startColumn", fields.Column);
        json.WriteNumber("endLine", fields.EndLine);
        json.WriteNumber("endColumn", fields.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"…[….]*")]
    private static partial Regex RepeatedEllipsis();
}
