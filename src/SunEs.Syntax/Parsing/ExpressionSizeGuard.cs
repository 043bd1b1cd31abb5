using Antlr4.Runtime;
using SunEs.Diagnostics;
using SunEs.Syntax.Generated;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// Keeps every later recursive walk (parser, tree builder, binder, emitter) within a small
/// stack: an expression may not nest more than <see cref="Limit"/> levels nor chain more than
/// <see cref="Limit"/> operators. Past the limit the rest of the expression is reported once
/// and hidden from the parser, which then sees a shorter, well-formed-enough text.
/// </summary>
internal sealed class ExpressionSizeGuard(DiagnosticBag diagnostics)
{
    public const int Limit = 256;

    private static readonly HashSet<string> OperatorLiterals = ["'('", "'-'", "'+'", "'*'", "'×'", "'/'", "'÷'", "'<'", "'<='", "'≤'", "'>'", "'>='", "'≥'", "'='", "'≠'", "'!='", "'<>'"];

    private static readonly HashSet<int> OperatorKeywords =
        [SunEsLexer.ET, SunEsLexer.OU, SunEsLexer.NON, SunEsLexer.DE, SunEsLexer.DU, SunEsLexer.SI, SunEsLexer.ALORS, SunEsLexer.SINON, SunEsLexer.BAREME, SunEsLexer.JUSQUA,
         SunEsLexer.PLAFONNE_A, SunEsLexer.AU, SunEsLexer.PLUS, SunEsLexer.MOINS, SunEsLexer.PARMI];

    private static readonly HashSet<int> Operands =
        [SunEsLexer.ID, SunEsLexer.NUMBER, SunEsLexer.DATE, SunEsLexer.STRING, SunEsLexer.OUI, SunEsLexer.VRAI, SunEsLexer.FAUX, SunEsLexer.FORFAIT,
         SunEsLexer.EURO, SunEsLexer.KILO_EURO, SunEsLexer.MEGA_EURO, SunEsLexer.MOIS, SunEsLexer.JOURS, SunEsLexer.SEMAINES, SunEsLexer.AUDELA,
         SunEsLexer.ATTEINT, SunEsLexer.FINANCE, SunEsLexer.DEJA, SunEsLexer.EN, SunEsLexer.FENETRE, SunEsLexer.PRECEDENTE];

    private int _operators;
    private bool _skipping;
    private int _previous = TokenConstants.InvalidType;
    private string? _previousLiteral;
    private bool _inValueList;

    /// <summary>Reads the next token of the text, in order, before the parser sees it.</summary>
    public void Observe(IToken token)
    {
        if (token.Channel != TokenConstants.DefaultChannel || token.Type == TokenConstants.EOF)
        {
            return;
        }

        var literal = SunEsLexer.DefaultVocabulary.GetLiteralName(token.Type);
        // "catégorie parmi "CH", "CHU", …" in an expression (not "donnée c : parmi …"): each comma of the list
        // is an operator, since the parser looks ahead over the whole list to tell it from a call's next argument.
        _inValueList = token.Type == SunEsLexer.PARMI ? _previousLiteral != "':'" : _inValueList && (token.Type == SunEsLexer.STRING || literal is "','");
        var isListComma = _inValueList && literal is "','" && _previous == SunEsLexer.STRING;
        (_previous, _previousLiteral) = (token.Type, literal);
        var isOperator = (literal is not null && OperatorLiterals.Contains(literal)) || OperatorKeywords.Contains(token.Type) || isListComma;
        // ':' belongs to bracket tables ("jusqu'à 1 : 2"): a chain of nested tables is one run.
        var continuesExpression = isOperator || Operands.Contains(token.Type) || literal is "')'" or "'%'" or "':'";
        if (!continuesExpression)
        {
            _operators = 0;
            _skipping = false;
            return;
        }

        if (isOperator && ++_operators > Limit && !_skipping)
        {
            _skipping = true;
            diagnostics.Report(DiagnosticCatalog.ExpressionTooComplex, SyntaxErrorStrategy.SpanOf(token), Limit);
        }

        if (_skipping && token is CommonToken common)
        {
            common.Channel = TokenConstants.HiddenChannel;
        }
    }
}
