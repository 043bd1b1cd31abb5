using Antlr4.Runtime;
using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Syntax.Parsing;

/// <summary>A character no token starts with: reported once, then skipped.</summary>
internal sealed class LexerErrorListener(DiagnosticBag diagnostics) : IAntlrErrorListener<int>
{
    public void SyntaxError(TextWriter output, IRecognizer recognizer, int offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e)
    {
        if (e is LexerNoViableAltException noViable && recognizer is Lexer lexer)
        {
            var start = noViable.StartIndex;
            var input = (ICharStream)lexer.InputStream;
            var character = start < input.Size ? input.GetText(Antlr4.Runtime.Misc.Interval.Of(start, start)) : string.Empty;
            diagnostics.Report(DiagnosticCatalog.UnexpectedCharacter, new TextSpan(start, 1), Printable(character));
        }
    }

    private static string Printable(string character) =>
        character.Length == 1 && (char.IsControl(character[0]) || char.IsWhiteSpace(character[0]))
            ? $"U+{(int)character[0]:X4}"
            : character;
}
