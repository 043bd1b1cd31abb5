using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SunEs.LanguageServer.Server;

/// <summary>
/// The client's byte stream, re-framed before JSON-RPC reads it. Every well-formed message
/// passes through as it is (with only its Content-Length header). A frame whose headers
/// cannot be read — no colon, a length that is not a number or too large, an encoding other
/// than UTF-8, a header line without end — cannot be measured, so the bytes up to the next
/// "Content-Length:" are dropped and a <see cref="UnreadableFrameMethod"/> notification
/// takes its place, which <see cref="LspMessageHandler"/> answers with a ParseError. The
/// stock reader would instead end the connection, or wait forever. A frame whose body is
/// longer than its Content-Length leaves bytes before the next header, often on the same
/// line: they are an unreadable frame of their own, and reading resumes at that header, so
/// the next message is answered.
/// </summary>
internal sealed class FrameReader(Stream input) : Stream
{
    /// <summary>The notification that stands for an unreadable frame; its params carry the reason.</summary>
    public const string UnreadableFrameMethod = "$/sunes/unreadableFrame";

    /// <summary>Larger messages are refused: memory stays bounded whatever a client sends (a 5 MB document is far below).</summary>
    public const int MaxContentLength = 64 * 1024 * 1024;

    private const int MaxHeaderLine = 1024;
    private static readonly byte[] ContentLengthMarker = "Content-Length:"u8.ToArray();

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _ended;
    private bool _skipping;
    private ReadOnlyMemory<byte> _pending;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        if (_pending.IsEmpty)
        {
            _pending = await NextFrameAsync(cancellationToken).ConfigureAwait(false);
        }

        var count = Math.Min(destination.Length, _pending.Length);
        _pending[..count].CopyTo(destination);
        _pending = _pending[count..];
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            input.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The next frame to hand on; empty at the end of the stream.</summary>
    private async Task<ReadOnlyMemory<byte>> NextFrameAsync(CancellationToken cancellationToken)
    {
        if (_skipping)
        {
            // Done here rather than right after the bad header, so its notice is answered without waiting for the next message.
            await SkipToNextFrameAsync(cancellationToken).ConfigureAwait(false);
            _skipping = false;
        }

        int? length = null;
        string? problem = null;
        while (problem is null)
        {
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return ReadOnlyMemory<byte>.Empty;
            }

            if (line.Length == 0)
            {
                if (length is { } contentLength)
                {
                    var body = new byte[contentLength];
                    if (!await ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false))
                    {
                        return ReadOnlyMemory<byte>.Empty;
                    }

                    return Frame(body);
                }

                problem = "no Content-Length header before the empty line that ends the headers";
                break;
            }

            var marker = line.IndexOf("Content-Length:", StringComparison.OrdinalIgnoreCase);
            if (marker > 0 && line.Length <= MaxHeaderLine)
            {
                // What is left of a body longer than its Content-Length, then the next message: resume at its header.
                Unread(Encoding.ASCII.GetBytes(line[marker..] + "\n"));
                return Notice($"{marker} bytes before a header: the previous message was longer than its Content-Length, or not a message");
            }

            problem = line.Length > MaxHeaderLine ? $"header line longer than {MaxHeaderLine} bytes" : ReadHeader(line, ref length);
        }

        _skipping = true;
        return Notice(problem);
    }

    private static ReadOnlyMemory<byte> Notice(string problem)
    {
        var notice = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["jsonrpc"] = "2.0",
            ["method"] = UnreadableFrameMethod,
            ["params"] = new Dictionary<string, string> { ["reason"] = problem },
        });
        return Frame(notice);
    }

    /// <summary>Reads one header line into the length; returns what is wrong with it, if anything.</summary>
    private static string? ReadHeader(string line, ref int? length)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return $"header without a name and a colon: « {Shorten(line)} »";
        }

        var name = line[..colon].Trim();
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return $"header name is not a name: « {Shorten(name)} »";
        }

        var value = line[(colon + 1)..].Trim();
        if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return $"Content-Length is not a number of bytes: « {Shorten(value)} »";
            }

            if (parsed > MaxContentLength)
            {
                return $"Content-Length {parsed} exceeds the {MaxContentLength} bytes a message may have";
            }

            length = parsed;
        }
        else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
            && value.Split(';').Skip(1).Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase)) is { } charset
            && charset["charset=".Length..].Trim('"') is var encoding
            && !encoding.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !encoding.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return $"only UTF-8 content is read, not {Shorten(encoding)}";
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static ReadOnlyMemory<byte> Frame(byte[] body)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        var frame = new byte[header.Length + body.Length];
        header.CopyTo(frame, 0);
        body.CopyTo(frame, header.Length);
        return frame;
    }

    /// <summary>A header line without its CR LF (a lone LF is accepted); null at the end of the stream. A line longer than allowed comes back cut, one character too long.</summary>
    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new List<byte>();
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            line.AddRange(_buffer.AsSpan(_start, stop - _start));
            _start = newline < 0 ? _end : newline + 1;
            if (line.Count > MaxHeaderLine)
            {
                return Encoding.ASCII.GetString([.. line.Take(MaxHeaderLine + 1)]);
            }

            if (newline >= 0)
            {
                return Encoding.ASCII.GetString([.. line]).TrimEnd('\r');
            }
        }
    }

    private async Task<bool> ReadExactlyAsync(byte[] destination, CancellationToken cancellationToken)
    {
        var copied = 0;
        while (copied < destination.Length)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            var count = Math.Min(destination.Length - copied, _end - _start);
            _buffer.AsSpan(_start, count).CopyTo(destination.AsSpan(copied));
            _start += count;
            copied += count;
        }

        return true;
    }

    /// <summary>Drops bytes up to the next "Content-Length:" (kept), or to the end of the stream.</summary>
    private async Task SkipToNextFrameAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var found = _buffer.AsSpan(_start, _end - _start).IndexOf(ContentLengthMarker);
            if (found >= 0)
            {
                _start += found;
                return;
            }

            // Keep what could be the start of a marker cut by the end of the buffer.
            _start = Math.Max(_start, _end - (ContentLengthMarker.Length - 1));
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                _start = _end;
                return;
            }
        }
    }

    /// <summary>Puts bytes back before those not yet consumed.</summary>
    private void Unread(ReadOnlySpan<byte> bytes)
    {
        var unread = _end - _start;
        if (bytes.Length <= _start)
        {
            _start -= bytes.Length;
        }
        else
        {
            var target = bytes.Length + unread < _buffer.Length ? _buffer : new byte[bytes.Length + unread + 1];
            _buffer.AsSpan(_start, unread).CopyTo(target.AsSpan(bytes.Length));
            _buffer = target;
            _start = 0;
            _end = bytes.Length + unread;
        }

        bytes.CopyTo(_buffer.AsSpan(_start));
    }

    /// <summary>Reads more bytes after those not yet consumed; false at the end of the stream.</summary>
    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_ended)
        {
            return false;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        var read = await input.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _ended = true;
            return false;
        }

        _end += read;
        return true;
    }
}
