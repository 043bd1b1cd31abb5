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
    public static SyntaxTree Parse(SourceText text)
    {
        var diagnostics = new Parsing.DiagnosticBag(text);
        var lexer = new Parsing.DiagnosticLexer(new AntlrInputStream(text.Content), diagnostics);
        lexer.RemoveErrorListeners();
        var tokenStream = new CommonTokenStream(lexer);
        tokenStream.Fill();
        var tokens = tokenStream.GetTokens();
        ReportUnterminated(tokens, diagnostics);
        Parsing.InvisibleCharacters.Report(text.Content, tokens, diagnostics);
        Parsing.ExpressionSizeGuard.Apply(tokens, diagnostics);

        var parser = new Parsing.DepthLimitedParser(tokenStream);
        parser.RemoveErrorListeners();
        var corrections = new List<Parsing.KeywordCorrection>();
        var root = ParseFile(parser, tokenStream, diagnostics, text, corrections);
        foreach (var correction in corrections)
        {
            // The tree has read the word as its keyword; the tokens say what is written.
            ((IWritableToken)tokens[correction.TokenIndex]).Type = correction.WrittenType;
        }

        return new SyntaxTree(text, root, Classify(tokens), diagnostics.Diagnostics.OrderBy(d => d.Location.Span.Start).ToList());
    }

    /// <summary>
    /// Fast SLL first; only a text with an error or a true ambiguity pays for full LL with recovery.
    /// When that finds mistyped keywords (« candidatur »), the text is parsed once more with each
    /// read as its keyword: the block it belongs to goes on instead of ending there, so the
    /// mistake is reported once and its consequences (a window without its candidacy period, a
    /// test whose next items are read as new declarations) are not. The fast pass builds each
    /// declaration as soon as it is read; what it built and reported is dropped when it fails.
    /// </summary>
    private static CompilationUnitSyntax ParseFile(SunEsParser parser, CommonTokenStream tokens, Parsing.DiagnosticBag diagnostics, SourceText text,
        List<Parsing.KeywordCorrection> corrections)
    {
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        var streamedDiagnostics = new Parsing.DiagnosticBag(text);
        var builder = new Parsing.SyntaxTreeBuilder(streamedDiagnostics);
        var declarations = new Parsing.DeclarationStream(builder);
        parser.AddParseListener(declarations);
        try
        {
            var file = parser.file();
            var root = builder.Build(file, declarations.Declarations);
            diagnostics.Add(streamedDiagnostics);
            return root;
        }
        catch (ParseCanceledException)
        {
            parser.RemoveParseListener(declarations);
            return new Parsing.SyntaxTreeBuilder(diagnostics).Build(ParseAfterError(parser, tokens, diagnostics, text, corrections));
        }
    }

    private static SunEsParser.FileContext ParseAfterError(SunEsParser parser, CommonTokenStream tokens, Parsing.DiagnosticBag diagnostics, SourceText text,
        List<Parsing.KeywordCorrection> corrections)
    {
        var firstAttempt = new Parsing.DiagnosticBag(text);
        var recovery = new Parsing.SyntaxErrorStrategy(firstAttempt, []);
        var file = ParseWithRecovery(parser, tokens, recovery);
        if (recovery.Corrections.Count == 0)
        {
            diagnostics.Add(firstAttempt);
            return file;
        }

        corrections.AddRange(recovery.Corrections);
        foreach (var correction in corrections)
        {
            ((IWritableToken)tokens.Get(correction.TokenIndex)).Type = correction.KeywordType;
        }

        var corrected = new Parsing.SyntaxErrorStrategy(diagnostics, recovery.Corrections);
        corrected.ReportApplied();
        return ParseWithRecovery(parser, tokens, corrected);
    }

    private static SunEsParser.FileContext ParseWithRecovery(SunEsParser parser, CommonTokenStream tokens, Parsing.SyntaxErrorStrategy recovery)
    {
        tokens.Seek(0);
        parser.Reset();
        parser.Interpreter.PredictionMode = PredictionMode.LL;
        parser.ErrorHandler = recovery;
        return parser.file();
    }

    private static void ReportUnterminated(IList<IToken> tokens, Parsing.DiagnosticBag diagnostics)
    {
        foreach (var token in tokens)
        {
            var span = Parsing.SyntaxErrorStrategy.SpanOf(token);
            if (token.Type == SunEsLexer.STRING)
            {
                Parsing.LiteralParsing.UnquoteString(token.Text, out var terminated);
                if (!terminated)
                {
                    diagnostics.Report(DiagnosticCatalog.UnterminatedString, span);
                }
            }
            else if (token.Type == SunEsLexer.BLOCK_COMMENT && (token.Text.Length < 4 || !token.Text.EndsWith("*/", StringComparison.Ordinal)))
            {
                diagnostics.Report(DiagnosticCatalog.UnterminatedComment, span);
            }
        }
    }

    /// <summary>
    /// The tokens of <paramref name="text"/>, a new version of <paramref name="previous"/>'s text: only
    /// the lines around the change are lexed again, the other tokens are taken from
    /// <paramref name="previous"/> (moved by the length the change added). What completion reads
    /// while the new version is still being parsed; equal to the tokens a full parse would give.
    /// </summary>
    public static IReadOnlyList<SyntaxToken> Relex(SourceText text, SyntaxTree previous) => Parsing.IncrementalLexer.Relex(text, previous);

    private static List<SyntaxToken> Classify(IList<IToken> tokens)
    {
        var result = new List<SyntaxToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (Classify(token) is { } classified)
            {
                result.Add(classified);
            }
        }

        return result;
    }

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
