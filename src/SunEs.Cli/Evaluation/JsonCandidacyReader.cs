using System.Text.Json;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Reads candidatures from JSON: an array of objects, or an object whose only key is
/// "candidatures", that array. Each object has the keys of the CSV columns, each once. The file is
/// read as a stream, one candidature at a time (only the one being read is held), so that each
/// keeps the line it starts on, and so that a file cut short still yields the candidatures before
/// the cut. Nothing is skipped in silence: a cut, a key given twice, a text that is not Unicode,
/// another key beside "candidatures" or anything after the end of the document is reported with its line.
/// </summary>
internal static class JsonCandidacyReader
{
    public const string ArrayProperty = "candidatures";

    public static CandidatureReading Read(Stream content, string displayPath, MessageLanguage language) =>
        new(0, [], Items(new JsonCandidatureCursor(content, displayPath, language)));

    private static IEnumerable<InputItem> Items(JsonCandidatureCursor cursor)
    {
        while (!cursor.IsDone)
        {
            if (cursor.Next() is { } item)
            {
                yield return item;
            }
        }
    }

    /// <summary>A JSON object of the array as a row, or why it is refused.</summary>
    internal static InputItem Row(JsonElement candidature, int line) => ToRow(candidature, line) switch
    {
        ({ } row, _) => row,
        (_, var error) => error!,
    };

    private static (InputRow? Row, RowError? Error) ToRow(JsonElement candidature, int line)
    {
        var row = new InputRowBuilder(line);
        foreach (var property in candidature.EnumerateObject())
        {
            if (JsonTexts.Name(property) is not { } name)
            {
                return (null, JsonTexts.NotUnicode(line, row.Establishment, null));
            }

            var value = property.Value;
            string? text;
            switch (value.ValueKind)
            {
                case JsonValueKind.Array when InputColumns.Find(name) == InputColumns.Domains:
                    if (value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
                    {
                        return (null, new RowError(line, row.Establishment, "« domaines » doit être une liste de textes, par exemple [\"D1\", \"D2\"]",
                            "'domaines' must be a list of strings, for example [\"D1\", \"D2\"]"));
                    }

                    var items = value.EnumerateArray().Select(JsonTexts.String).ToList();
                    text = items.Contains(null) ? null : string.Join(' ', items);
                    break;
                case JsonValueKind.Object or JsonValueKind.Array:
                    return (null, new RowError(line, row.Establishment,
                        $"la valeur de « {CellValues.Shown(name)} » doit être un nombre, un texte ou un booléen",
                        $"the value of '{CellValues.Shown(name)}' must be a number, a string or a boolean"));
                default:
                    text = JsonTexts.Cell(value);
                    break;
            }

            if (text is null)
            {
                return (null, JsonTexts.NotUnicode(line, row.Establishment, name));
            }

            if (row.Add(name, text, value.ValueKind == JsonValueKind.Number) is { } duplicate)
            {
                return (null, duplicate);
            }
        }

        return (row.Build(), null);
    }

    internal static RowError AfterDocument(int line) => new(line, null,
        "contenu après la fin du tableau des candidatures : il n'a pas été lu. Un fichier contient un seul tableau (ou un seul objet « candidatures »)",
        "content after the end of the candidatures array: it was not read. A file holds one array (or one 'candidatures' object)");

    internal static UsageException NoArray(string displayPath, MessageLanguage language) => new(language.Pick(
        $"« {displayPath} » doit contenir un tableau de candidatures, ou un objet dont « {ArrayProperty} » est ce tableau (voir docs/evaluation.md).",
        $"'{displayPath}' must hold an array of candidatures, or an object whose '{ArrayProperty}' is that array (see docs/evaluation.md)."));

    internal static string Reason(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
