using System.Text;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Refused rows kept aside in a private temporary file (created with the first one, removed when
/// disposed) until an output that lists them after the decisions reaches them.
/// </summary>
internal sealed class RowErrorSpill : IDisposable
{
    private FileStream? _file;
    private BinaryWriter? _writer;

    public void Add(RowError error)
    {
        if (_writer is null)
        {
            _file = PrivateTemporaryFile.Create("refused-rows");
            _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
        }

        _writer.Write(error.Line);
        _writer.Write(error.Establishment is not null);
        _writer.Write(error.Establishment ?? string.Empty);
        _writer.Write(error.French);
        _writer.Write(error.English);
    }

    /// <summary>Every refused row added, in the order they were.</summary>
    public IEnumerable<RowError> ReadAll()
    {
        if (_writer is null)
        {
            yield break;
        }

        _writer.Flush();
        _file!.Seek(0, SeekOrigin.Begin);
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        while (_file.Position < _file.Length)
        {
            var line = reader.ReadInt32();
            var hasEstablishment = reader.ReadBoolean();
            var establishment = reader.ReadString();
            yield return new RowError(line, hasEstablishment ? establishment : null, reader.ReadString(), reader.ReadString());
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _file?.Dispose();
    }
}
