using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SunEs.Documents.Formatting;
using SunEs.Documents.Model;

namespace SunEs.Documents.Diff;

/// <summary>
/// The changes as JSON: dates and keys for programs, the rule's name and the values as people read
/// them, and each side's source (instruction, file, line).
/// </summary>
internal static class DiffJson
{
    public static string Render(RulesDiff diff, ValueText text)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("from", ValueText.IsoDate(diff.From));
            json.WriteString("to", ValueText.IsoDate(diff.To));
            json.WriteString("language", text.Language.Code());
            WriteInstructions(json, "entered", diff.Entered);
            WriteInstructions(json, "left", diff.Left);
            json.WriteStartArray("changes");
            foreach (var change in diff.Changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
                json.WriteString("key", change.Key);
                json.WriteString("category", change.Category.ToString().ToLowerInvariant());
                json.WriteString("rule", change.Rule);
                WriteNullable(json, "before", change.Before);
                WriteNullable(json, "after", change.After);
                WriteSource(json, "beforeSource", change.BeforeSource);
                WriteSource(json, "afterSource", change.AfterSource);
                WriteNullable(json, "assumption", change.Assumption);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteInstructions(Utf8JsonWriter json, string name, IReadOnlyList<Semantics.InstructionSymbol> instructions)
    {
        json.WriteStartArray(name);
        foreach (var instruction in instructions)
        {
            json.WriteStringValue(instruction.Number);
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteSource(Utf8JsonWriter json, string name, SourceRef? source)
    {
        if (source is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("instruction", source.Instruction.Number);
        json.WriteString("file", source.Location.Source.Path);
        json.WriteNumber("line", source.Line);
        json.WriteEndObject();
    }
}
