using System.Buffers;
using System.Security.Cryptography;
using System.Text.Unicode;
using SunEs.Diagnostics;

namespace SunEs.Cli.Input;

/// <summary>
/// Reads a file the user gave as UTF-8 text, as a stream: a byte order mark of UTF-16 or UTF-32,
/// a byte that is not UTF-8 or a null character is a <see cref="UsageException"/> giving the line
/// and column of the first bad byte, raised as soon as the bytes holding it are read. A UTF-8
/// byte order mark is dropped. Every byte read also goes into a SHA-256, so that two readings of
/// the same file can be compared.
/// </summary>
internal sealed class CheckedUtf8Stream(Stream inner, string displayPath, MessageLanguage language) : ForwardReadStream(inner)
{
    private const int MaxSequence = 4;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _carry = new byte[MaxSequence];
    private int _carried;
    private bool _started;
    private int _line = 1;
    private int _column = 1;

    /// <summary>The SHA-256 of every byte read so far, byte order mark included.</summary>
    public byte[] Hash() => _hash.GetCurrentHash();

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (!_started)
        {
            return ReadStart(buffer);
        }

        var read = Inner.Read(buffer);
        Check(buffer[..read], endOfFile: read == 0);
        return read;
    }

    /// <summary>The first bytes: a foreign byte order mark stops everything, a UTF-8 one is dropped.</summary>
    private int ReadStart(Span<byte> buffer)
    {
        _started = true;
        Span<byte> start = stackalloc byte[MaxSequence];
        var length = 0;
        while (length < MaxSequence && Inner.Read(start[length..]) is var read and > 0)
        {
            length += read;
        }

        var head = start[..length];
        _hash.AppendData(head);
        if (Utf8Text.ForeignMark(head) is { } encoding)
        {
            throw Utf8Text.ForeignEncoding(displayPath, encoding, language);
        }

        var content = head.StartsWith(Utf8Text.Utf8ByteOrderMark) ? head[Utf8Text.Utf8ByteOrderMark.Length..] : head;
        if (content.Length > buffer.Length)
        {
            throw new ArgumentException("The first read takes at least four bytes.", nameof(buffer));
        }

        content.CopyTo(buffer);
        Validate(buffer[..content.Length], endOfFile: length < MaxSequence);
        return content.Length;
    }

    private void Check(ReadOnlySpan<byte> bytes, bool endOfFile)
    {
        _hash.AppendData(bytes);
        Validate(bytes, endOfFile);
    }

    /// <summary>Checks the bytes after those left over from the last read (the start of a sequence the read cut).</summary>
    private void Validate(ReadOnlySpan<byte> bytes, bool endOfFile)
    {
        var window = ArrayPool<byte>.Shared.Rent(_carried + bytes.Length);
        var chars = ArrayPool<char>.Shared.Rent(window.Length);
        try
        {
            _carry.AsSpan(0, _carried).CopyTo(window);
            bytes.CopyTo(window.AsSpan(_carried));
            var pending = window.AsSpan(0, _carried + bytes.Length);
            var status = Utf8.ToUtf16(pending, chars, out var valid, out _, replaceInvalidSequences: false, isFinalBlock: endOfFile);
            var nul = pending[..valid].IndexOf((byte)0);
            if (nul >= 0)
            {
                Advance(pending[..nul]);
                throw new UsageException(language.Pick(
                    $"{displayPath}({_line}) : caractère nul : ce n'est pas un fichier texte UTF-8 (UTF-16 sans marque ?). Réenregistrez-le en UTF-8.",
                    $"{displayPath}({_line}): null character: this is not a UTF-8 text file (UTF-16 without a mark?). Save it again as UTF-8."));
            }

            Advance(pending[..valid]);
            if (status == OperationStatus.InvalidData)
            {
                throw Utf8Text.NotUtf8(displayPath, _line, _column, pending[valid], language);
            }

            var rest = pending[valid..];
            if (rest.Length >= MaxSequence)
            {
                throw Utf8Text.NotUtf8(displayPath, _line, _column, rest[0], language);
            }

            rest.CopyTo(_carry);
            _carried = rest.Length;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(window);
        }
    }

    /// <summary>Moves the line and column (in characters) past valid UTF-8.</summary>
    private void Advance(ReadOnlySpan<byte> valid)
    {
        var lastNewline = valid.LastIndexOf((byte)'\n');
        if (lastNewline >= 0)
        {
            _line += valid.Count((byte)'\n');
            _column = 1;
            valid = valid[(lastNewline + 1)..];
        }

        foreach (var value in valid)
        {
            _column += (value & 0xC0) == 0x80 ? 0 : 1;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
