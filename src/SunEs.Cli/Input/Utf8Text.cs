using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using SunEs.Diagnostics;

namespace SunEs.Cli.Input;

/// <summary>
/// Decodes the bytes of a file the user gave as UTF-8 text. A byte order mark of UTF-16 or UTF-32,
/// or a byte that is not UTF-8, is a <see cref="UsageException"/> that says which encoding it looks
/// like and where (line and column) the first bad byte is, so the file can be fixed.
/// </summary>
internal static class Utf8Text
{
    private static readonly (byte[] Mark, string Encoding)[] ForeignMarks =
    [
        ([0x00, 0x00, 0xFE, 0xFF], "UTF-32"),
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32"),
        ([0xFE, 0xFF], "UTF-16"),
        ([0xFF, 0xFE], "UTF-16"),
    ];

    private static readonly byte[] Utf8Mark = [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes after a UTF-8 byte order mark, checked to be UTF-8 throughout.</summary>
    public static ReadOnlyMemory<byte> Validate(byte[] bytes, string displayPath, MessageLanguage language)
    {
        foreach (var (mark, encoding) in ForeignMarks)
        {
            if (bytes.AsSpan().StartsWith(mark))
            {
                throw new UsageException(language.Pick(
                    $"impossible de lire « {displayPath} » : le fichier est en {encoding}. Réenregistrez-le en UTF-8.",
                    $"cannot read '{displayPath}': the file is {encoding}. Save it again as UTF-8."));
            }
        }

        var content = bytes.AsMemory(bytes.AsSpan().StartsWith(Utf8Mark) ? Utf8Mark.Length : 0);
        var invalidAt = FirstInvalidByte(content.Span);
        if (invalidAt >= 0)
        {
            var (line, column) = Position(content.Span, invalidAt);
            var value = content.Span[invalidAt].ToString("X2", CultureInfo.InvariantCulture);
            throw new UsageException(language.Pick(
                $"{displayPath}({line},{column}) : l'octet 0x{value} n'est pas du texte UTF-8 (fichier en Latin-1 ou Windows-1252 ?). Réenregistrez le fichier en UTF-8.",
                $"{displayPath}({line},{column}): byte 0x{value} is not UTF-8 text (a Latin-1 or Windows-1252 file?). Save the file again as UTF-8."));
        }

        return content;
    }

    /// <summary>The text of the file, without its UTF-8 byte order mark.</summary>
    public static string Decode(byte[] bytes, string displayPath, MessageLanguage language) =>
        System.Text.Encoding.UTF8.GetString(Validate(bytes, displayPath, language).Span);

    /// <summary>The offset of the first byte that does not belong to well-formed UTF-8, or -1.</summary>
    private static int FirstInvalidByte(ReadOnlySpan<byte> content)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (offset < content.Length)
            {
                var status = Utf8.ToUtf16(content[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status == OperationStatus.InvalidData)
                {
                    return offset;
                }

                if (status == OperationStatus.Done)
                {
                    return -1;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Line and column (in characters, from 1) of a byte offset in valid UTF-8 up to that offset.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> content, int offset)
    {
        var before = content[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, System.Text.Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
