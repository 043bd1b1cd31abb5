using System.Text.Json;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Reads candidatures from JSON: an array of objects, or an object whose "candidatures" is that
/// array. Each object has the keys of the CSV columns. The file is read as a stream so that each
/// candidature keeps the line it starts on, and so that a file cut short still yields the
/// candidatures before the cut (the cut itself is reported with its line).
/// </summary>
internal static class JsonCandidacyReader
{
    public const string ArrayProperty = "candidatures";

    public static InputBatch Read(byte[] content, string displayPath, MessageLanguage language)
    {
        if (content is [0xEF, 0xBB, 0xBF, ..])
        {
            content = content[3..];
        }

        var lineStarts = LineStarts(content);
        var rows = new List<InputRow>();
        var errors = new List<RowError>();
        var reader = new Utf8JsonReader(content, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            MoveToArray(ref reader, displayPath, language);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = LineOf(lineStarts, reader.TokenStartIndex);
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
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            errors.Add(new RowError(line, null,
                $"JSON tronqué ou invalide à partir d'ici : les candidatures suivantes n'ont pas été lues ({Reason(exception)})",
                $"JSON cut short or invalid from here: the candidatures after it were not read ({Reason(exception)})"));
        }

        return new InputBatch(rows, errors);
    }

    private static void MoveToArray(ref Utf8JsonReader reader, string displayPath, MessageLanguage language)
    {
        if (!reader.Read())
        {
            throw new UsageException(language.Pick($"« {displayPath} » est vide : il doit contenir un tableau de candidatures.", $"'{displayPath}' is empty: it must hold an array of candidatures."));
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return;
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isArray = reader.ValueTextEquals(ArrayProperty);
                reader.Read();
                if (isArray && reader.TokenType == JsonTokenType.StartArray)
                {
                    return;
                }

                reader.Skip();
            }
        }

        throw new UsageException(language.Pick(
            $"« {displayPath} » doit contenir un tableau de candidatures, ou un objet dont « {ArrayProperty} » est ce tableau (voir docs/evaluation.md).",
            $"'{displayPath}' must hold an array of candidatures, or an object whose '{ArrayProperty}' is that array (see docs/evaluation.md)."));
    }

    private static (InputRow? Row, RowError? Error) ToRow(JsonElement candidature, int line)
    {
        string? establishment = null, window = null, postponement = null;
        IReadOnlyList<string> domains = [];
        var cells = new List<InputCell>();
        foreach (var property in candidature.EnumerateObject())
        {
            var value = property.Value;
            switch (InputColumns.Fixed(property.Name))
            {
                case InputColumns.Domains when value.ValueKind == JsonValueKind.Array:
                    if (value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
                    {
                        return (null, new RowError(line, establishment, "« domaines » doit être une liste de textes, par exemple [\"D1\", \"D2\"]",
                            "'domaines' must be a list of strings, for example [\"D1\", \"D2\"]"));
                    }

                    domains = value.EnumerateArray().Select(item => item.GetString()!.Trim()).ToList();
                    break;
                case InputColumns.Domains:
                    domains = InputColumns.SplitList(Text(value) ?? string.Empty);
                    break;
                case InputColumns.Establishment:
                    establishment = Text(value);
                    break;
                case InputColumns.Window:
                    window = Text(value);
                    break;
                case InputColumns.Postponement:
                    postponement = Text(value);
                    break;
                default:
                    if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        return (null, new RowError(line, establishment,
                            $"la valeur de « {property.Name} » doit être un nombre, un texte ou un booléen",
                            $"the value of '{property.Name}' must be a number, a string or a boolean"));
                    }

                    if (Text(value) is { Length: > 0 } text)
                    {
                        cells.Add(new InputCell(property.Name, text));
                    }

                    break;
            }
        }

        return (new InputRow(line, establishment, window, domains, postponement, cells), null);
    }

    /// <summary>JSON values as the text a CSV cell would hold: numbers as written, booleans as oui/non, null as nothing.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()?.Trim(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "oui",
        JsonValueKind.False => "non",
        _ => null,
    };

    private static string Reason(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private static List<long> LineStarts(byte[] content)
    {
        var starts = new List<long> { 0 };
        for (var index = 0; index < content.Length; index++)
        {
            if (content[index] == (byte)'\n')
            {
                starts.Add(index + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
