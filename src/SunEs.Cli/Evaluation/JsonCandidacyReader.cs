using System.Text.Json;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Reads candidatures from JSON: an array of objects, or an object whose only key is
/// "candidatures", that array. Each object has the keys of the CSV columns, each once. The file is
/// read as a stream so that each candidature keeps the line it starts on, and so that a file cut
/// short still yields the candidatures before the cut. Nothing is skipped in silence: a cut, a key
/// given twice, a text that is not Unicode, another key beside "candidatures" or anything after the
/// end of the document is reported with its line.
/// </summary>
internal static class JsonCandidacyReader
{
    public const string ArrayProperty = "candidatures";

    public static InputBatch Read(ReadOnlyMemory<byte> content, string displayPath, MessageLanguage language)
    {
        var lines = new LineIndex(content.Span);
        var rows = new List<InputRow>();
        var errors = new List<RowError>();
        var reader = new Utf8JsonReader(content.Span, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            AllowMultipleValues = true,
        });
        var afterDocument = false;
        try
        {
            if (!reader.Read())
            {
                throw NoArray(displayPath, language);
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                ReadCandidatures(ref reader, lines, rows, errors);
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadWrapper(ref reader, lines, rows, errors, displayPath, language);
            }
            else
            {
                throw NoArray(displayPath, language);
            }

            afterDocument = true;
            if (reader.Read())
            {
                errors.Add(AfterDocument(lines.LineOf(reader.TokenStartIndex)));
            }
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            errors.Add(afterDocument
                ? AfterDocument(line)
                : new RowError(line, null,
                    $"JSON tronqué ou invalide à partir d'ici : les candidatures suivantes n'ont pas été lues ({Reason(exception)})",
                    $"JSON cut short or invalid from here: the candidatures after it were not read ({Reason(exception)})"));
        }

        return new InputBatch(rows, errors);
    }

    /// <summary>The object around the array: "candidatures" once; any other key is reported, not skipped in silence.</summary>
    private static void ReadWrapper(ref Utf8JsonReader reader, LineIndex lines, List<InputRow> rows, List<RowError> errors, string displayPath, MessageLanguage language)
    {
        var found = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var line = lines.LineOf(reader.TokenStartIndex);
            var isArray = reader.ValueTextEquals(ArrayProperty);
            var key = CellValues.Shown(JsonTexts.PropertyName(ref reader));
            reader.Read();
            if (isArray && !found && reader.TokenType == JsonTokenType.StartArray)
            {
                found = true;
                ReadCandidatures(ref reader, lines, rows, errors);
                continue;
            }

            reader.Skip();
            errors.Add(isArray
                ? new RowError(line, null,
                    $"« {ArrayProperty} » apparaît une seconde fois : ce qu'elle contient n'a pas été lu. Mettez toutes les candidatures dans un seul tableau",
                    $"'{ArrayProperty}' appears a second time: what it holds was not read. Put every candidature in one array")
                : new RowError(line, null,
                    $"clé « {key} » inconnue : ce qu'elle contient n'a pas été lu. Seules les candidatures de « {ArrayProperty} » sont lues",
                    $"unknown key '{key}': what it holds was not read. Only the candidatures of '{ArrayProperty}' are read"));
        }

        if (!found)
        {
            throw NoArray(displayPath, language);
        }
    }

    private static void ReadCandidatures(ref Utf8JsonReader reader, LineIndex lines, List<InputRow> rows, List<RowError> errors)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = lines.LineOf(reader.TokenStartIndex);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                errors.Add(new RowError(line, null, "une candidature doit être un objet { … }", "a candidature must be an object { … }"));
                continue;
            }

            using var document = JsonDocument.ParseValue(ref reader);
            var (row, error) = ToRow(document.RootElement, line);
            if (row is not null)
            {
                rows.Add(row);
            }
            else
            {
                errors.Add(error!);
            }
        }
    }

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

    private static RowError AfterDocument(int line) => new(line, null,
        "contenu après la fin du tableau des candidatures : il n'a pas été lu. Un fichier contient un seul tableau (ou un seul objet « candidatures »)",
        "content after the end of the candidatures array: it was not read. A file holds one array (or one 'candidatures' object)");

    private static UsageException NoArray(string displayPath, MessageLanguage language) => new(language.Pick(
        $"« {displayPath} » doit contenir un tableau de candidatures, ou un objet dont « {ArrayProperty} » est ce tableau (voir docs/evaluation.md).",
        $"'{displayPath}' must hold an array of candidatures, or an object whose '{ArrayProperty}' is that array (see docs/evaluation.md)."));

    private static string Reason(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    /// <summary>The line (from 1) of each byte offset.</summary>
    private sealed class LineIndex
    {
        private readonly List<long> _starts = [0];

        public LineIndex(ReadOnlySpan<byte> content)
        {
            for (var index = content.IndexOf((byte)'\n'); index >= 0; index = NextNewline(content, index))
            {
                _starts.Add(index + 1);
            }
        }

        public int LineOf(long offset)
        {
            var index = _starts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        private static int NextNewline(ReadOnlySpan<byte> content, int previous)
        {
            var next = content[(previous + 1)..].IndexOf((byte)'\n');
            return next < 0 ? -1 : previous + 1 + next;
        }
    }
}
