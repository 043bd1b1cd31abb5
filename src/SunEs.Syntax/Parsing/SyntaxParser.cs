using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using SunEs.Diagnostics;
using SunEs.Syntax.Generated;
using SunEs.Text;

namespace SunEs.Syntax;

/// <summary>
/// Parses a text into a <see cref="SyntaxTree"/>. Parsing never fails: broken input gives a
/// tree with missing nodes and syntax diagnostics.
/// </summary>
public static class SyntaxParser
{
    public static SyntaxTree Parse(SourceText text) => ParseAsRead(text) ?? ParseWithRecovery(text);

    /// <summary>
    /// Fast SLL first, lexing as the parser reads and building each declaration as soon as it
    /// is read (<see cref="Parsing.DeclarationStream"/>), so a large text never holds all of
    /// its ANTLR tokens and parse trees at once. Null when the text has an error or a true
    /// ambiguity: only such a text pays for full LL with recovery, and what this pass built
    /// and reported is dropped.
    /// </summary>
    private static SyntaxTree? ParseAsRead(SourceText text)
    {
        var lexed = new Parsing.DiagnosticBag(text);
        var source = Lex(text, lexed);
        var tokens = new Parsing.ReleasingTokenStream(source);
        var parser = new Parsing.DepthLimitedParser(tokens);
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        var built = new Parsing.DiagnosticBag(text);
        var builder = new Parsing.SyntaxTreeBuilder(built, new Parsing.SpellingTable(text.Content));
        var declarations = new Parsing.DeclarationStream(builder, tokens);
        parser.Declarations = declarations;
        CompilationUnitSyntax root;
        try
        {
            root = builder.Build(parser.file(), declarations.Declarations);
        }
        catch (ParseCanceledException)
        {
            return null;
        }

        var diagnostics = new Parsing.DiagnosticBag(text);
        diagnostics.Add(lexed);
        Parsing.InvisibleCharacters.Report(text.Content, source.Tokens, diagnostics);
        diagnostics.Add(built);
        return Tree(text, root, source, diagnostics);
    }

    /// <summary>
    /// Full LL with recovery. When that finds mistyped keywords (« candidatur »), the text is
    /// parsed once more with each read as its keyword: the block it belongs to goes on instead
    /// of ending there, so the mistake is reported once and its consequences (a window without
    /// its candidacy period, a test whose next items are read as new declarations) are not.
    /// </summary>
    private static SyntaxTree ParseWithRecovery(SourceText text)
    {
        var diagnostics = new Parsing.DiagnosticBag(text);
        var source = Lex(text, diagnostics);
        var tokens = new CommonTokenStream(source);
        tokens.Fill();
        Parsing.InvisibleCharacters.Report(text.Content, source.Tokens, diagnostics);
        var parser = new Parsing.DepthLimitedParser(tokens);
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.LL;

        var firstAttempt = new Parsing.DiagnosticBag(text);
        var recovery = new Parsing.SyntaxErrorStrategy(firstAttempt, []);
        var file = ParseWith(parser, tokens, recovery);
        if (recovery.Corrections.Count == 0)
        {
            diagnostics.Add(firstAttempt);
        }
        else
        {
            foreach (var correction in recovery.Corrections)
            {
                ((IWritableToken)tokens.Get(correction.TokenIndex)).Type = correction.KeywordType;
            }

            var corrected = new Parsing.SyntaxErrorStrategy(diagnostics, recovery.Corrections);
            corrected.ReportApplied();
            file = ParseWith(parser, tokens, corrected);
        }

        var root = new Parsing.SyntaxTreeBuilder(diagnostics, new Parsing.SpellingTable(text.Content)).Build(file);
        return Tree(text, root, source, diagnostics);
    }

    private static Parsing.CheckedTokenSource Lex(SourceText text, Parsing.DiagnosticBag diagnostics)
    {
        var lexer = new Parsing.DiagnosticLexer(new AntlrInputStream(text.Content), diagnostics);
        lexer.RemoveErrorListeners();
        return new Parsing.CheckedTokenSource(lexer, text.Content, diagnostics);
    }

    private static SunEsParser.FileContext ParseWith(SunEsParser parser, CommonTokenStream tokens, Parsing.SyntaxErrorStrategy recovery)
    {
        tokens.Seek(0);
        parser.Reset();
        parser.ErrorHandler = recovery;
        return parser.file();
    }

    /// <summary>The editor's tokens show what is written, as lexed: a correction only changed what the parser read.</summary>
    private static SyntaxTree Tree(SourceText text, CompilationUnitSyntax root, Parsing.CheckedTokenSource source, Parsing.DiagnosticBag diagnostics) =>
        new(text, root, source.Tokens, diagnostics.Diagnostics.OrderBy(d => d.Location.Span.Start).ToList());

    /// <summary>
    /// The tokens of <paramref name="text"/>, a new version of <paramref name="previous"/>'s text: only
    /// the lines around the change are lexed again, the other tokens are taken from
    /// <paramref name="previous"/> (moved by the length the change added). What completion reads
    /// while the new version is still being parsed; equal to the tokens a full parse would give.
    /// </summary>
    public static IReadOnlyList<SyntaxToken> Relex(SourceText text, SyntaxTree previous) => Parsing.IncrementalLexer.Relex(text, previous);

    /// <summary>The editor's view of one ANTLR token; null for the end of file and tokens with no place in the text.</summary>
    internal static SyntaxToken? Classify(IToken token)
    {
        if (token.Type == TokenConstants.EOF || token.StartIndex < 0)
        {
            return null;
        }

        var kind = token.Type switch
        {
            SunEsLexer.ID => SyntaxTokenKind.Identifier,
            SunEsLexer.STRING => SyntaxTokenKind.String,
            SunEsLexer.NUMBER => SyntaxTokenKind.Number,
            SunEsLexer.DATE => SyntaxTokenKind.Date,
            SunEsLexer.LINE_COMMENT or SunEsLexer.BLOCK_COMMENT => SyntaxTokenKind.Comment,
            SunEsLexer.KILO_EURO or SunEsLexer.MEGA_EURO or SunEsLexer.EURO => SyntaxTokenKind.Number,
            // Keywords spelt by one literal ('instruction', 'fenêtres'…) have a literal name too: letters make them keywords.
            _ when SunEsLexer.DefaultVocabulary.GetLiteralName(token.Type) is { } literal =>
                literal is "','" or "':'" or "'('" or "')'" ? SyntaxTokenKind.Punctuation
                : literal.Any(char.IsLetter) ? SyntaxTokenKind.Keyword
                : SyntaxTokenKind.Operator,
            _ => SyntaxTokenKind.Keyword,
        };
        return new SyntaxToken(kind, TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1), token.Type);
    }
}
