using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// The decisions in full as one JSON document, written as they come: the date of the rules, each
/// decision, then the rows that were refused with their line and reason, then the counts. Refused
/// rows wait in a temporary file until the decisions are written, so nothing grows in memory with
/// the batch.
/// </summary>
internal sealed class JsonOutputWriter : IOutcomeWriter, IDisposable
{
    private const int FlushAbove = 32 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(FlushAbove * 2);
    private readonly Utf8JsonWriter _writer;
    private readonly TextWriter _output;
    private readonly MessageLanguage _language;
    private readonly ExplanationLevel _explanation;
    private readonly RowErrorSpill _errors = new();

    public JsonOutputWriter(TextWriter output, DateOnly asOf, MessageLanguage language, ExplanationLevel explanation)
    {
        (_output, _language, _explanation) = (output, language, explanation);
        _writer = new Utf8JsonWriter(_buffer, Options);
        _writer.WriteStartObject();
        _writer.WriteString("asOf", JsonDecisions.Date(asOf));
        _writer.WriteStartArray("decisions");
    }

    public void Write(RowOutcome outcome)
    {
        if (outcome.Decision is { } decision)
        {
            JsonDecisions.Write(_writer, outcome.Line, decision, _language, _explanation);
            FlushIfFull();
        }
        else
        {
            _errors.Add(outcome.Error!);
        }
    }

    public void Complete(long evaluated, long refused)
    {
        _writer.WriteEndArray();
        _writer.WriteStartArray("errors");
        foreach (var error in _errors.ReadAll())
        {
            _writer.WriteStartObject();
            _writer.WriteNumber("line", error.Line);
            JsonDecisions.WriteOptional(_writer, "establishment", error.Establishment);
            _writer.WriteString("message", error.In(_language == MessageLanguage.English));
            _writer.WriteEndObject();
            FlushIfFull();
        }

        _writer.WriteEndArray();
        _writer.WriteNumber("evaluated", evaluated);
        _writer.WriteNumber("refused", refused);
        _writer.WriteEndObject();
        Flush();
        _output.WriteLine();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _errors.Dispose();
    }

    private void FlushIfFull()
    {
        if (_writer.BytesPending + _buffer.WrittenCount >= FlushAbove)
        {
            Flush();
        }
    }

    private void Flush()
    {
        _writer.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
