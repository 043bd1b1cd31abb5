using System.Text;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// The lines of a CSV text read from a stream, one at a time, broken at "\n", "\r\n" or "\r": each
/// with its number (from 1), whether a line break ends it and whether it is the last. Only the
/// line being read is held.
/// </summary>
internal sealed class CsvLineReader(TextReader reader)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;
    private int _number;

    /// <summary>The next line, or null at the end of the text.</summary>
    public CsvLine? Next()
    {
        _line.Clear();
        while (Fill())
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            var end = span.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                _line.Append(span);
                _position = _length;
                continue;
            }

            _line.Append(span[..end]);
            var terminator = span[end];
            _position += end + 1;
            if (terminator == '\r' && Fill() && _buffer[_position] == '\n')
            {
                _position++;
            }

            return new CsvLine(++_number, _line.ToString(), EndsWithNewline: true, IsLast: !Fill());
        }

        return _line.Length > 0 ? new CsvLine(++_number, _line.ToString(), EndsWithNewline: false, IsLast: true) : null;
    }

    /// <summary>True when a character is ready to read.</summary>
    private bool Fill()
    {
        if (_position < _length)
        {
            return true;
        }

        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
