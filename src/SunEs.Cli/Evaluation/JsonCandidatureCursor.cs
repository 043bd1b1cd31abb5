using System.Text.Json;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Walks a JSON candidature file one step at a time — the opening of the document, one key of the
/// wrapping object, one element of the array, what follows the document — over a buffer that holds
/// the current step only: a step whose bytes are not all read yet is taken again once more are.
/// Lines are counted as the buffer moves on, so every candidature and every error keeps its line.
/// </summary>
internal sealed class JsonCandidatureCursor(Stream content, string displayPath, MessageLanguage language)
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowMultipleValues = true,
    };

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state = new(Options);
    private Phase _phase;
    private bool _foundArray;
    private bool _sawContent;
    private int _counted;
    private int _countedLine = 1;

    private enum Phase
    {
        Start,
        Wrapper,
        Array,
        WrappedArray,
        AfterDocument,
        Done,
    }

    public bool IsDone => _phase == Phase.Done;

    /// <summary>The candidature or error of the next step, or null for a step that yields none (an opening, the end of the array).</summary>
    public InputItem? Next()
    {
        try
        {
            while (true)
            {
                var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
                if (TryStep(ref reader, out var item))
                {
                    _start += (int)reader.BytesConsumed;
                    _state = reader.CurrentState;
                    return item;
                }

                Load();
            }
        }
        catch (JsonException exception)
        {
            // The reader's state carries its line count from one step to the next: the line is the file's.
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var after = _phase == Phase.AfterDocument;
            _phase = Phase.Done;
            return after
                ? JsonCandidacyReader.AfterDocument(line)
                : new RowError(line, null,
                    $"JSON tronqué ou invalide à partir d'ici : les candidatures suivantes n'ont pas été lues ({JsonCandidacyReader.Reason(exception)})",
                    $"JSON cut short or invalid from here: the candidatures after it were not read ({JsonCandidacyReader.Reason(exception)})");
        }
    }

    /// <summary>One step on the bytes read so far; false when they end before the step does.</summary>
    private bool TryStep(ref Utf8JsonReader reader, out InputItem? item)
    {
        item = null;
        if (!reader.Read())
        {
            if (!_final)
            {
                return false;
            }

            item = _phase switch
            {
                Phase.AfterDocument => null,
                Phase.Start => throw (_sawContent ? JsonCandidacyReader.NoArray(displayPath, language) : Empty()),
                _ => throw new JsonException("the document ends before its arrays and objects are closed", null, 0, null),
            };
            _phase = Phase.Done;
            return true;
        }

        var line = LineAt(_start + (int)reader.TokenStartIndex);
        switch (_phase)
        {
            case Phase.Start:
                _phase = reader.TokenType switch
                {
                    JsonTokenType.StartArray => Phase.Array,
                    JsonTokenType.StartObject => Phase.Wrapper,
                    _ => throw JsonCandidacyReader.NoArray(displayPath, language),
                };
                return true;
            case Phase.Wrapper:
                return TryWrapperKey(ref reader, line, out item);
            case Phase.Array or Phase.WrappedArray:
                return TryElement(ref reader, line, out item);
            default:
                item = JsonCandidacyReader.AfterDocument(line);
                _phase = Phase.Done;
                return true;
        }
    }

    /// <summary>"candidatures" once; any other key is reported, not skipped in silence.</summary>
    private bool TryWrapperKey(ref Utf8JsonReader reader, int line, out InputItem? item)
    {
        item = null;
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            _phase = _foundArray ? Phase.AfterDocument : throw JsonCandidacyReader.NoArray(displayPath, language);
            return true;
        }

        var isArray = reader.ValueTextEquals(JsonCandidacyReader.ArrayProperty);
        var key = CellValues.Shown(JsonTexts.PropertyName(ref reader));
        if (!reader.Read())
        {
            return false;
        }

        if (isArray && !_foundArray && reader.TokenType == JsonTokenType.StartArray)
        {
            (_foundArray, _phase) = (true, Phase.WrappedArray);
            return true;
        }

        if (!reader.TrySkip())
        {
            return false;
        }

        item = isArray
            ? new RowError(line, null,
                $"« {JsonCandidacyReader.ArrayProperty} » apparaît une seconde fois : ce qu'elle contient n'a pas été lu. Mettez toutes les candidatures dans un seul tableau",
                $"'{JsonCandidacyReader.ArrayProperty}' appears a second time: what it holds was not read. Put every candidature in one array")
            : new RowError(line, null,
                $"clé « {key} » inconnue : ce qu'elle contient n'a pas été lu. Seules les candidatures de « {JsonCandidacyReader.ArrayProperty} » sont lues",
                $"unknown key '{key}': what it holds was not read. Only the candidatures of '{JsonCandidacyReader.ArrayProperty}' are read");
        return true;
    }

    private bool TryElement(ref Utf8JsonReader reader, int line, out InputItem? item)
    {
        item = null;
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _phase = _phase == Phase.WrappedArray ? Phase.Wrapper : Phase.AfterDocument;
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            if (!reader.TrySkip())
            {
                return false;
            }

            item = new RowError(line, null, "une candidature doit être un objet { … }", "a candidature must be an object { … }");
            return true;
        }

        var whole = reader;
        if (!whole.TrySkip())
        {
            return false;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        item = JsonCandidacyReader.Row(document.RootElement, line);
        return true;
    }

    /// <summary>Reads more of the file, keeping the bytes of the step under way (the buffer grows when that step fills it).</summary>
    private void Load()
    {
        if (_final)
        {
            throw new InvalidOperationException("A step on the final block always completes.");
        }

        if (_start > 0)
        {
            LineAt(_start);
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            (_end, _counted, _start) = (_end - _start, _counted - _start, 0);
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = content.Read(_buffer, _end, _buffer.Length - _end);
        _sawContent |= _buffer.AsSpan(_end, read).IndexOfAnyExcept(" \t\r\n"u8) >= 0;
        _end += read;
        _final = read == 0;
    }

    /// <summary>The line (from 1) of an offset of the buffer, counted from the last offset asked.</summary>
    private int LineAt(int offset)
    {
        _countedLine += offset >= _counted
            ? _buffer.AsSpan(_counted, offset - _counted).Count((byte)'\n')
            : -_buffer.AsSpan(offset, _counted - offset).Count((byte)'\n');
        _counted = offset;
        return _countedLine;
    }

    private UsageException Empty() => new(language.Pick(
        $"« {displayPath} » est vide : il doit contenir un tableau de candidatures (voir docs/evaluation.md).",
        $"'{displayPath}' is empty: it must hold an array of candidatures (see docs/evaluation.md)."));
}
