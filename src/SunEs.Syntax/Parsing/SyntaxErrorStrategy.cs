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
/// mistake gives one diagnostic. A word close to a keyword is reported as that keyword
/// mistyped; <paramref name="applied"/> are such words already read as their keyword by this
/// parse (see <see cref="SyntaxParser"/>): reported as mistyped, and nothing else at them.
/// </summary>
internal sealed class SyntaxErrorStrategy(DiagnosticBag diagnostics, IReadOnlyList<KeywordCorrection> applied) : DefaultErrorStrategy
{
    private const int CascadeDistance = 4;

    private readonly MistypedKeywords _mistyped = new();
    private readonly HashSet<int> _appliedTokens = applied.Select(correction => correction.TokenIndex).ToHashSet();
    private int _lastReportedTokenIndex = int.MinValue / 2;

    /// <summary>The mistyped keywords found by this parse.</summary>
    public IReadOnlyList<KeywordCorrection> Corrections => _mistyped.Found;

    public void ReportApplied()
    {
        foreach (var correction in applied)
        {
            ReportMistyped(correction);
        }
    }

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

    /// <summary>The token recovery inserts sits right after the previous one, where it is reported missing, with nothing of the text in it.</summary>
    protected override IToken GetMissingSymbol(Parser recognizer)
    {
        var conjured = new CommonToken(base.GetMissingSymbol(recognizer));
        if (((ITokenStream)recognizer.InputStream).LT(-1) is { } previous)
        {
            conjured.StartIndex = previous.StopIndex + 1;
            conjured.StopIndex = previous.StopIndex;
        }

        return conjured;
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

        var expectedTypes = GetExpectedTokens(recognizer).ToArray();
        var expected = TokenDisplay.DescribeSet(expectedTypes);
        if (((ITokenStream)recognizer.InputStream).LT(-1) is not { } previous)
        {
            diagnostics.Report(DiagnosticCatalog.MissingToken, SpanOf(current), expected,
                new LocalizedText($"avant « {Display(current, MessageLanguage.French)} »", $"before '{Display(current, MessageLanguage.English)}'"));
            return;
        }

        ReportMissingAfter(previous, expectedTypes);
    }

    /// <summary>What is missing goes right after the previous token: at the end of its line, not where the next line starts.</summary>
    private void ReportMissingAfter(IToken previous, int[] expectedTypes)
    {
        var end = new TextSpan(previous.StopIndex + 1, 0);
        var after = (string)Display(previous);
        IReadOnlyList<DiagnosticFix> fixes = expectedTypes is [var only] && TokenDisplay.Spelling(only) is { } spelling
            ? [new DiagnosticFix(new LocalizedText($"Ajouter « {spelling} »", $"Add '{spelling}'"), end, " " + spelling)]
            : [];
        diagnostics.ReportWithFixes(DiagnosticCatalog.MissingToken, end, fixes, TokenDisplay.DescribeSet(expectedTypes), new LocalizedText($"après « {after} »", $"after '{after}'"));
    }

    private void ReportUnexpected(Parser recognizer, IToken token)
    {
        if (IsEcho(token))
        {
            return;
        }

        var expectedTypes = recognizer.GetExpectedTokens().ToArray();
        if (_mistyped.Find(token, expectedTypes) is { } correction)
        {
            ReportMistyped(correction);
            return;
        }

        // A line that stops short lacks its end: told right after its last token, not at the next line's first word.
        var stream = (ITokenStream)recognizer.InputStream;
        if (stream.LT(-1) is { } previous && stream.LT(1).TokenIndex == token.TokenIndex && token.Line > previous.Line)
        {
            ReportMissingAfter(previous, expectedTypes);
            return;
        }

        diagnostics.Report(DiagnosticCatalog.UnexpectedToken, SpanOf(token), Display(token), TokenDisplay.DescribeSet(expectedTypes));
    }

    private void ReportMistyped(KeywordCorrection correction)
    {
        var fix = new DiagnosticFix(new LocalizedText($"Remplacer par « {correction.Keyword} »", $"Replace with '{correction.Keyword}'"), correction.Span, correction.Keyword);
        diagnostics.ReportWithFixes(DiagnosticCatalog.MistypedKeyword, correction.Span, [fix], correction.Written, correction.Keyword);
    }

    private bool IsEcho(IToken token)
    {
        var echo = token.TokenIndex - _lastReportedTokenIndex <= CascadeDistance || _appliedTokens.Contains(token.TokenIndex);
        _lastReportedTokenIndex = token.TokenIndex;
        return echo;
    }

    /// <summary>A word the lexer read as a keyword where it would otherwise have been an identifier ("taux", "total"…).</summary>
    internal static bool IsKeyword(IToken token) =>
        token.Type != SunEsLexer.ID && token.Text is { Length: > 0 } text && char.IsLetter(text[0])
        && text.All(c => char.IsLetterOrDigit(c) || c == '_');

    internal static object Display(IToken token) =>
        token.Type == TokenConstants.EOF
            ? new LocalizedText("fin du texte", "end of text")
            : token.Text.Length > 40 ? token.Text[..40] + "…" : token.Text;

    private static string Display(IToken token, MessageLanguage language) =>
        Display(token) is LocalizedText text ? text.In(language) : (string)Display(token);

    internal static TextSpan SpanOf(IToken token) =>
        token.Type == TokenConstants.EOF || token.StartIndex < 0
            ? new TextSpan(Math.Max(0, token.StartIndex), 0)
            : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
}
