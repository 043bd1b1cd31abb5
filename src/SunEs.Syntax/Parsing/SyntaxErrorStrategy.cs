using Antlr4.Runtime;
using SunEs.Diagnostics;
using SunEs.Syntax.Generated;
using SunEs.Text;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// ANTLR's recovery (single-token insertion and deletion, resynchronisation in loops) with our
/// own messages: what was found, what was expected, in French and English. Like the default
/// strategy, nothing more is reported until a token has been matched again; and since
/// recovery often resumes one or two tokens too early, an error within
/// <see cref="CascadeDistance"/> tokens of the previous one is taken as its echo, so one
/// mistake gives one diagnostic.
/// </summary>
internal sealed class SyntaxErrorStrategy(DiagnosticBag diagnostics) : DefaultErrorStrategy
{
    private const int CascadeDistance = 4;

    private int _lastReportedTokenIndex = int.MinValue / 2;

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        ReportUnexpected(recognizer, e.OffendingToken);

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e)
    {
        if (e is ExpressionTooDeepException)
        {
            diagnostics.Report(DiagnosticCatalog.ExpressionTooComplex, SpanOf(e.OffendingToken), ExpressionSizeGuard.Limit);
            return;
        }

        if (recognizer.Context is SunEsParser.NameContext && IsKeyword(e.OffendingToken))
        {
            diagnostics.Report(DiagnosticCatalog.ReservedWordAsName, SpanOf(e.OffendingToken), e.OffendingToken.Text);
            return;
        }

        ReportUnexpected(recognizer, e.OffendingToken);
    }

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        ReportUnexpected(recognizer, e.OffendingToken);

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        ReportUnexpected(recognizer, recognizer.CurrentToken);
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        var current = recognizer.CurrentToken;
        if (IsEcho(current))
        {
            return;
        }

        var expected = TokenDisplay.DescribeSet(GetExpectedTokens(recognizer).ToArray());
        diagnostics.Report(DiagnosticCatalog.MissingToken, SpanOf(current), expected, Display(current));
    }

    private void ReportUnexpected(Parser recognizer, IToken token)
    {
        if (IsEcho(token))
        {
            return;
        }

        var expected = TokenDisplay.DescribeSet(recognizer.GetExpectedTokens().ToArray());
        diagnostics.Report(DiagnosticCatalog.UnexpectedToken, SpanOf(token), Display(token), expected);
    }

    private bool IsEcho(IToken token)
    {
        var echo = token.TokenIndex - _lastReportedTokenIndex <= CascadeDistance;
        _lastReportedTokenIndex = token.TokenIndex;
        return echo;
    }

    /// <summary>A word the lexer read as a keyword where it would otherwise have been an identifier ("taux", "total"…).</summary>
    private static bool IsKeyword(IToken token) =>
        token.Type != SunEsLexer.ID && token.Text is { Length: > 0 } text && char.IsLetter(text[0])
        && text.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static object Display(IToken token) =>
        token.Type == TokenConstants.EOF
            ? new LocalizedText("fin du texte", "end of text")
            : token.Text.Length > 40 ? token.Text[..40] + "…" : token.Text;

    internal static TextSpan SpanOf(IToken token) =>
        token.Type == TokenConstants.EOF || token.StartIndex < 0
            ? new TextSpan(Math.Max(0, token.StartIndex), 0)
            : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
}
