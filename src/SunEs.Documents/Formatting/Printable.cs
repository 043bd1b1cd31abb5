using System.Text;

namespace SunEs.Documents.Formatting;

/// <summary>
/// What a document shows for the characters no page, picture or table can hold: a control
/// character becomes its visible symbol (U+000B as « ␋ », U+0001 as « ␁ »), a character XML
/// refuses (other controls, U+FFFE, U+FFFF, a lone surrogate) becomes « � ». Such characters in a
/// text are reported by the checker (SUN0010); the documents still show that something is there,
/// and stay well-formed (XML 1.0 has no way to write U+0001 at all).
/// </summary>
internal static class Printable
{
    private const char Replacement = '\uFFFD';

    /// <summary>The text with each unprintable character replaced; line breaks and tabs are kept.</summary>
    public static string Of(string text)
    {
        if (!text.Any(IsUnprintableOrSurrogate))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                builder.Append(c).Append(text[++index]);
                continue;
            }

            builder.Append(c switch
            {
                '\t' or '\n' or '\r' => c,
                < '\u0020' => (char)(0x2400 + c),
                '\u007F' => '\u2421',
                >= '\u0080' and <= '\u009F' or '\uFFFE' or '\uFFFF' => Replacement,
                _ when char.IsSurrogate(c) => Replacement,
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static bool IsUnprintableOrSurrogate(char c) =>
        c is (< '\u0020' and not '\t' and not '\n' and not '\r') or (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
}
