using Antlr4.Runtime;
using SunEs.Diagnostics;
using SunEs.Syntax.Generated;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// The lexer as the parser reads it: each token is checked as it is lexed (a string or a
/// comment left open, a run of operators past <see cref="ExpressionSizeGuard.Limit"/>) and
/// kept in the editor's view (<see cref="Tokens"/>), so nothing needs the whole list of ANTLR
/// tokens and the parser can let go of the tokens it has gone past.
/// </summary>
internal sealed class CheckedTokenSource(DiagnosticLexer lexer, string content, DiagnosticBag diagnostics) : ITokenSource
{
    private readonly ExpressionSizeGuard _guard = new(diagnostics);
    private readonly List<SyntaxToken> _tokens = new(content.Length / 12);

    /// <summary>Every token lexed so far, comments included, as the editor sees them.</summary>
    public IReadOnlyList<SyntaxToken> Tokens => _tokens;

    public int Line => lexer.Line;

    public int Column => lexer.Column;

    public ICharStream InputStream => (ICharStream)lexer.InputStream;

    public string SourceName => lexer.SourceName;

    public ITokenFactory TokenFactory
    {
        get => lexer.TokenFactory;
        set => lexer.TokenFactory = value;
    }

    public IToken NextToken()
    {
        var token = lexer.NextToken();
        ReportUnterminated(token);
        _guard.Observe(token);
        if (SyntaxParser.Classify(token) is { } classified)
        {
            _tokens.Add(classified);
        }

        return token;
    }

    /// <summary>Reads the literal where it is written: asking a token for its text makes a new string.</summary>
    private void ReportUnterminated(IToken token)
    {
        if (token.Type is not (SunEsLexer.STRING or SunEsLexer.BLOCK_COMMENT))
        {
            return;
        }

        var span = SyntaxErrorStrategy.SpanOf(token);
        var written = content.AsSpan(span.Start, span.Length);
        if (token.Type == SunEsLexer.STRING && !LiteralParsing.IsTerminatedString(written))
        {
            diagnostics.Report(DiagnosticCatalog.UnterminatedString, span);
        }
        else if (token.Type == SunEsLexer.BLOCK_COMMENT && (written.Length < 4 || !written.EndsWith("*/", StringComparison.Ordinal)))
        {
            diagnostics.Report(DiagnosticCatalog.UnterminatedComment, span);
        }
    }
}
