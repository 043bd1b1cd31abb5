using Antlr4.Runtime;
using SunEs.Diagnostics;
using SunEs.Syntax.Generated;
using SunEs.Text;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// The generated lexer, reporting a character no token starts with (SUN0001), then skipping it.
/// Like the parser, it reports nothing more until a token has been read again, so a run of
/// stray characters (a pasted binary, a file in the wrong encoding) is one diagnostic, not one
/// per character; and it skips such a run at once, since ANTLR's lexer throws (and catches)
/// an exception for every character it cannot match. It reports straight to the diagnostics: ANTLR's own notification first
/// formats the offending text for a message nobody reads, and that formatting throws on a
/// lone UTF-16 surrogate.
/// </summary>
internal sealed class DiagnosticLexer(ICharStream input, DiagnosticBag diagnostics) : SunEsLexer(input)
{
    /// <summary>The characters some token can start with: the first characters of every lexer rule.</summary>
    private static readonly Antlr4.Runtime.Misc.IntervalSet TokenStarts = _ATN.NextTokens(_ATN.modeToStartState[DEFAULT_MODE]);

    private bool _inErrorRun;

    public override IToken NextToken()
    {
        var token = base.NextToken();
        _inErrorRun = false;
        return token;
    }

    public override void NotifyListeners(LexerNoViableAltException e)
    {
        if (_inErrorRun)
        {
            return;
        }

        _inErrorRun = true;
        var start = e.StartIndex;
        var character = start < InputStream.Size ? ((ICharStream)InputStream).GetText(Antlr4.Runtime.Misc.Interval.Of(start, start)) : string.Empty;
        diagnostics.Report(DiagnosticCatalog.UnexpectedCharacter, new TextSpan(start, 1), Printable(character));
    }

    /// <summary>Skips the offending character as ANTLR does, then every following one no token can start with.</summary>
    public override void Recover(LexerNoViableAltException e)
    {
        base.Recover(e);
        var stream = (ICharStream)InputStream;
        while (stream.LA(1) != IntStreamConstants.EOF && !TokenStarts.Contains(stream.LA(1)))
        {
            Interpreter.Consume(stream);
        }
    }

    private static string Printable(string character) =>
        character.Length == 1 && (char.IsControl(character[0]) || char.IsWhiteSpace(character[0]) || char.IsSurrogate(character[0]))
            ? $"U+{(int)character[0]:X4}"
            : character;
}
