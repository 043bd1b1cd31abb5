using System.Text;
using SunEs.Cli.Input;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// The candidatures file given by <c>--input</c>, CSV or JSON according to its extension, read
/// twice as a stream: a first reading checks the whole file (encoding, header, the establishments
/// and windows of every row) before anything is evaluated; the second evaluates. A file that can
/// be read only once (a pipe) is copied, during the first reading, to a private temporary file that
/// the second reads. A regular file is read through the same open handle both times, and the two
/// readings must see the same bytes (their SHA-256 are compared): a file changed in between is an error.
/// </summary>
internal sealed class CandidatureFile : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly FileStream _source;
    private readonly string _displayPath;
    private readonly MessageLanguage _language;
    private FileStream? _copy;
    private CheckedUtf8Stream? _firstReading;
    private CheckedUtf8Stream? _secondReading;
    private CountingStream? _reading;

    private CandidatureFile(FileStream source, string displayPath, bool isJson, MessageLanguage language)
    {
        (_source, _displayPath, IsJson, _language) = (source, displayPath, isJson, language);
        Length = source.CanSeek ? source.Length : null;
    }

    public bool IsJson { get; }

    /// <summary>The size in bytes, or null when the file is a pipe.</summary>
    public long? Length { get; }

    /// <summary>Bytes of the current reading read so far.</summary>
    public long BytesRead => _reading?.Count ?? 0;

    public static CandidatureFile Open(string input, CliContext context, MessageLanguage language)
    {
        var path = Path.GetFullPath(input, context.WorkingDirectory);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".json"))
        {
            throw new UsageException(language.Pick(
                $"« {input} » : extension inconnue. Donnez un fichier .csv ou .json (formats décrits dans docs/evaluation.md).",
                $"'{input}': unknown extension. Give a .csv or .json file (formats in docs/evaluation.md)."));
        }

        try
        {
            return new CandidatureFile(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferSize), input, extension == ".json", language);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException(language.Pick($"fichier introuvable « {input} ».", $"file not found '{input}'."));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(UsageMessages.ReadFailed(language, input, exception.Message));
        }
    }

    /// <summary>The first reading: every byte is checked (and copied aside when the file cannot be read again).</summary>
    public CandidatureReading ReadFirst()
    {
        Stream bytes = _source;
        if (!_source.CanSeek)
        {
            _copy = PrivateTemporaryFile.Create("evaluate-input");
            bytes = new CopyingStream(_source, _copy);
        }

        _firstReading = new CheckedUtf8Stream(_reading = new CountingStream(bytes, ReadFailed), _displayPath, _language);
        return Read(_firstReading, keysOnly: true);
    }

    /// <summary>The second reading, from the start of the same bytes.</summary>
    public CandidatureReading ReadSecond()
    {
        var bytes = _copy ?? _source;
        bytes.Seek(0, SeekOrigin.Begin);
        _secondReading = new CheckedUtf8Stream(_reading = new CountingStream(bytes, ReadFailed), _displayPath, _language);
        return Read(_secondReading, keysOnly: false);
    }

    /// <summary>After both readings: fails when they did not see the same candidatures in the same bytes.</summary>
    public void CheckUnchanged(long secondItems, long firstItems)
    {
        if (secondItems != firstItems || !_firstReading!.Hash().AsSpan().SequenceEqual(_secondReading!.Hash()))
        {
            throw Changed();
        }
    }

    /// <summary>The file did not hold the same candidatures during the two readings: nothing written may be used.</summary>
    public UsageException Changed() => new(_language.Pick(
        $"« {_displayPath} » a changé pendant l'évaluation : le résultat ne correspond à aucune version du fichier et n'est pas à utiliser. Relancez l'évaluation sur un fichier qui ne change plus.",
        $"'{_displayPath}' changed during the evaluation: the result matches no version of the file and must not be used. Run the evaluation again on a file that no longer changes."));

    private UsageException ReadFailed(Exception exception) => new(UsageMessages.ReadFailed(_language, _displayPath, exception.Message));

    public void Dispose()
    {
        _firstReading?.Dispose();
        _secondReading?.Dispose();
        _copy?.Dispose();
        _source.Dispose();
    }

    /// <summary>The candidatures of the file; with <paramref name="keysOnly"/>, CSV rows hold their establishment and window alone (JSON ones are read whole, since a key given twice refuses them).</summary>
    private CandidatureReading Read(Stream bytes, bool keysOnly) => IsJson
        ? JsonCandidacyReader.Read(bytes, _displayPath, _language)
        : CsvCandidacyReader.Read(new StreamReader(bytes, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, BufferSize), _displayPath, _language, keysOnly);

    /// <summary>Counts the bytes read through it, for the progress display; a failed read (a disk error) is a <see cref="UsageException"/> naming the file.</summary>
    private sealed class CountingStream(Stream inner, Func<Exception, UsageException> failed) : ForwardReadStream(inner)
    {
        public long Count { get; private set; }

        public override int Read(Span<byte> buffer)
        {
            try
            {
                var read = Inner.Read(buffer);
                Count += read;
                return read;
            }
            catch (IOException exception)
            {
                throw failed(exception);
            }
        }
    }

    /// <summary>Writes every byte read from a pipe to the copy the second reading reads.</summary>
    private sealed class CopyingStream(Stream inner, Stream copy) : ForwardReadStream(inner)
    {
        public override int Read(Span<byte> buffer)
        {
            var read = Inner.Read(buffer);
            copy.Write(buffer[..read]);
            return read;
        }
    }
}
