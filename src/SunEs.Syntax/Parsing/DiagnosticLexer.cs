using Antlr4.Runtime;
using SunEs.Diagnostics;
using SunEs.Syntax.Generated;
using SunEs.Text;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// The generated lexer, reporting a character no token starts with (SUN0001), then skipping it.
/// It reports straight to the diagnostics: ANTLR's own notification first formats the offending
/// text for a message nobody reads, and that formatting throws on a lone UTF-16 surrogate.
/// </summary>
internal sealed class DiagnosticLexer(ICharStream input, DiagnosticBag diagnostics) : SunEsLexer(input)
{
    public override void NotifyListeners(LexerNoViableAltException e)
    {
        var start = e.StartIndex;
        var character = start < InputStream.Size ? ((ICharStream)InputStream).GetText(Antlr4.Runtime.Misc.Interval.Of(start, start)) : string.Empty;
        diagnostics.Report(DiagnosticCatalog.UnexpectedCharacter, new TextSpan(start, 1), Printable(character));
    }

    private static string Printable(string character) =>
        character.Length == 1 && (char.IsControl(character[0]) || char.IsWhiteSpace(character[0]) || char.IsSurrogate(character[0]))
            ? $"U+{(int)character[0]:X4}"
            : character;
}
