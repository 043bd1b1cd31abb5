using System.Globalization;
using System.Text;

namespace SunEs.Runtime;

/// <summary>
/// Text that came from outside (a cell, a key, an identifier in an input file) made safe to put in
/// a message: every character that would act on a terminal or hide itself — control characters
/// (line breaks, escape, NUL), invisible and bidirectional formatting, line and paragraph
/// separators, lone surrogates — is spelled as an escape (\u001B), and a long text is cut, so a
/// value can neither forge lines of a report nor flood it.
/// </summary>
public static class UntrustedText
{
    /// <summary>How many characters of a value a message shows by default.</summary>
    public const int DefaultMaxLength = 64;

    public static string Printable(string text, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = new StringBuilder(Math.Min(text.Length, maxLength) + 16);
        var index = 0;
        for (; index < text.Length && index < maxLength; index++)
        {
            var character = text[index];
            if (NeedsEscape(text, index))
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
            }
            else
            {
                shown.Append(character);
            }
        }

        if (index < text.Length)
        {
            shown.Append(CultureInfo.InvariantCulture, $"… (+{text.Length - index})");
        }

        return shown.ToString();
    }

    /// <summary>True when the text holds a character <see cref="Printable"/> would escape.</summary>
    public static bool HasHiddenCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var index = 0; index < text.Length; index++)
        {
            if (NeedsEscape(text, index))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsEscape(string text, int index)
    {
        var character = text[index];
        if (char.IsHighSurrogate(character))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(character))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return char.GetUnicodeCategory(character) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }
}
