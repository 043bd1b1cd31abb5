using System.Globalization;
using System.Text;
using Antlr4.Runtime;
using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// Finds the characters that change how a text is displayed without being seen: bidirectional
/// controls (the "Trojan Source" trick, which makes an editor show a threshold, a comment or a
/// string in another order than the compiler reads it), invisible characters (zero-width
/// spaces and joiners, word joiner, a byte-order mark inside the text, tag characters and every
/// other Unicode format character, blank Hangul fillers that count as letters) and control
/// characters (U+0001, a vertical tab, an escape sequence…), in strings and comments as much as
/// in names. Each run of adjacent such characters is one warning whose span
/// covers the run and whose message names each one.
/// </summary>
internal static class InvisibleCharacters
{
    /// <summary>Past this many characters in one run, the message names the first ones and says how many there are.</summary>
    private const int NamedPerRun = 8;

    /// <summary>How one such character, and several, are called: (singular, plural) in each language.</summary>
    private static readonly (LocalizedText One, LocalizedText Several) Bidirectional =
        (new("Caractère de contrôle bidirectionnel", "Bidirectional control character"), new("caractères de contrôle bidirectionnel", "bidirectional control characters"));

    private static readonly (LocalizedText One, LocalizedText Several) Invisible =
        (new("Caractère invisible", "Invisible character"), new("caractères invisibles", "invisible characters"));

    private static readonly (LocalizedText One, LocalizedText Several) Control =
        (new("Caractère de contrôle", "Control character"), new("caractères de contrôle", "control characters"));

    private static readonly Dictionary<int, string> ShortNames = new()
    {
        [0x061C] = "ALM", [0x200E] = "LRM", [0x200F] = "RLM",
        [0x202A] = "LRE", [0x202B] = "RLE", [0x202C] = "PDF", [0x202D] = "LRO", [0x202E] = "RLO",
        [0x2066] = "LRI", [0x2067] = "RLI", [0x2068] = "FSI", [0x2069] = "PDI",
        [0x00AD] = "SHY", [0x200B] = "ZWSP", [0x200C] = "ZWNJ", [0x200D] = "ZWJ", [0x2060] = "WJ", [0xFEFF] = "ZWNBSP",
        [0x0000] = "NUL", [0x0007] = "BEL", [0x0008] = "BS", [0x000B] = "VT", [0x000C] = "FF", [0x001B] = "ESC", [0x007F] = "DEL",
        [0x0085] = "NEL", [0x2028] = "LS", [0x2029] = "PS",
    };

    /// <summary>
    /// Reports the characters inside tokens (strings, comments, names…) and the byte-order marks
    /// the lexer skips as whitespace. Anywhere else the lexer has already reported the character
    /// as unexpected (SUN0001): one diagnostic for it is enough.
    /// </summary>
    public static void Report(string text, IReadOnlyList<SyntaxToken> tokens, DiagnosticBag diagnostics)
    {
        var covering = new TokenCursor(tokens);
        var index = 0;
        while (index < text.Length)
        {
            if (Classify(text, index, covering) is null)
            {
                index++;
                continue;
            }

            var start = index;
            var run = new List<(int CodePoint, CharacterKind Kind)>();
            while (index < text.Length && Classify(text, index, covering) is { } found)
            {
                run.Add(found);
                index += found.CodePoint > 0xFFFF ? 2 : 1;
            }

            diagnostics.Report(DiagnosticCatalog.InvisibleCharacter, TextSpan.FromBounds(start, index), Describe(run));
        }
    }

    private enum CharacterKind
    {
        Invisible,
        Control,
        Bidirectional,
    }

    /// <summary>The character at <paramref name="index"/> when it must be reported; a byte-order mark opening the text is an encoding mark, not content.</summary>
    private static (int CodePoint, CharacterKind Kind)? Classify(string text, int index, TokenCursor covering)
    {
        if (!covering.Covers(index) && text[index] != '\uFEFF')
        {
            return null;
        }

        var codePoint = char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];
        if (IsBidirectionalControl(codePoint))
        {
            return (codePoint, CharacterKind.Bidirectional);
        }

        if (codePoint == 0xFEFF && index == 0)
        {
            return null;
        }

        if (IsControl(codePoint))
        {
            return (codePoint, CharacterKind.Control);
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format || IsBlankLetter(codePoint) ? (codePoint, CharacterKind.Invisible) : null;
    }

    /// <summary>
    /// Control characters other than the tab and line ends, and the Unicode line and paragraph
    /// separators: a vertical tab or an escape sequence in a label breaks the lines of a message,
    /// a table or a terminal, and XML cannot hold them at all.
    /// </summary>
    private static bool IsControl(int codePoint) =>
        (CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Control && codePoint is not ('\t' or '\n' or '\r'))
        || codePoint is 0x2028 or 0x2029;

    private static bool IsBidirectionalControl(int codePoint) =>
        codePoint is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x200E or 0x200F or 0x061C;

    /// <summary>Letters that display as nothing (Hangul fillers): two names that look the same could differ by one.</summary>
    private static bool IsBlankLetter(int codePoint) => codePoint is 0x115F or 0x1160 or 0x3164 or 0xFFA0;

    private static LocalizedText Describe(List<(int CodePoint, CharacterKind Kind)> run)
    {
        var kind = run.Max(character => character.Kind) switch
        {
            CharacterKind.Bidirectional => Bidirectional,
            CharacterKind.Control => Control,
            _ => Invisible,
        };
        var names = new StringBuilder();
        foreach (var (codePoint, _) in run.Take(NamedPerRun))
        {
            names.Append(names.Length > 0 ? ", " : string.Empty).Append(CultureInfo.InvariantCulture, $"U+{codePoint:X4}");
            if (ShortNames.TryGetValue(codePoint, out var name))
            {
                names.Append(" (").Append(name).Append(')');
            }
        }

        var rest = run.Count - NamedPerRun;
        return run.Count == 1
            ? new($"{kind.One.French} {names}", $"{kind.One.English} {names}")
            : new($"{run.Count} {kind.Several.French} de suite : {names}{(rest > 0 ? $" et {rest} autres" : string.Empty)}",
                $"{run.Count} {kind.Several.English} in a row: {names}{(rest > 0 ? $" and {rest} more" : string.Empty)}");
    }

    /// <summary>Walks the tokens in order along the text (positions are asked in increasing order).</summary>
    private sealed class TokenCursor(IReadOnlyList<SyntaxToken> tokens)
    {
        private int _next;

        public bool Covers(int index)
        {
            while (_next < tokens.Count && tokens[_next].Span.End <= index)
            {
                _next++;
            }

            return _next < tokens.Count && tokens[_next].Span.Start <= index;
        }
    }
}
