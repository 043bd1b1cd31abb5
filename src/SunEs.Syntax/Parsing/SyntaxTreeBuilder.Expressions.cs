using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using SunEs.Diagnostics;
using SunEs.Text;
using static SunEs.Syntax.Generated.SunEsParser;

namespace SunEs.Syntax.Parsing;

internal sealed partial class SyntaxTreeBuilder
{
    /// <summary>
    /// How deep an expression tree may be. The parser nests at most <see cref="ExpressionSizeGuard.Limit"/>
    /// levels, but chains ("a + b + c…") deepen the tree without nesting the parser; the guard
    /// bounds them, except when recovery splices runs around a stray token. Past this depth the
    /// rest is a missing expression, so every later recursive walk stays within a small stack.
    /// </summary>
    private const int MaxExpressionDepth = 2 * ExpressionSizeGuard.Limit;

    private int _expressionDepth;

    private ExpressionSyntax Expression(ExpressionContext? context, ParserRuleContext owner)
    {
        if (context is null)
        {
            return new MissingExpressionSyntax(After(owner));
        }

        if (_expressionDepth >= MaxExpressionDepth)
        {
            diagnostics.Report(DiagnosticCatalog.ExpressionTooComplex, Span(context), ExpressionSizeGuard.Limit);
            return new MissingExpressionSyntax(Span(context));
        }

        _expressionDepth++;
        try
        {
            return BuildExpression(context);
        }
        finally
        {
            _expressionDepth--;
        }
    }

    private ExpressionSyntax BuildExpression(ExpressionContext context)
    {
        var span = Span(context);
        return context switch
        {
            ParenthesizedContext parenthesized => new ParenthesizedExpressionSyntax(span, Expression(parenthesized.expression(), parenthesized)),
            CallContext call => new CallExpressionSyntax(span, Name(call.name(), call), Arguments(call)),
            BracketTableContext table => new BracketTableExpressionSyntax(span,
                Expression(table.expression(0), table),
                table.bracket().Select(bracket => new BracketSyntax(Span(bracket), Expression(bracket.expression(0), bracket), Expression(bracket.expression(1), bracket))).ToList(),
                Expression(table.expression(1), table)),
            NegationContext negation => new UnaryExpressionSyntax(span, UnaryOperator.Negate, Expression(negation.expression(), negation)),
            NotContext not => new UnaryExpressionSyntax(span, UnaryOperator.Not, Expression(not.expression(), not)),
            PercentOfContext percentOf => Binary(span, BinaryOperator.PercentOf, (percentOf.DE() ?? percentOf.DU())?.Symbol, percentOf.expression(), percentOf),
            MultiplicativeContext multiplicative => Binary(span, multiplicative.op.Text is "/" or "÷" ? BinaryOperator.Divide : BinaryOperator.Multiply,
                multiplicative.op, multiplicative.expression(), multiplicative),
            AdditiveContext additive => Binary(span, additive.op.Text == "+" ? BinaryOperator.Add : BinaryOperator.Subtract, additive.op, additive.expression(), additive),
            BoundContext bound => Binary(span, bound.MOINS() is null ? BinaryOperator.AtMost : BinaryOperator.AtLeast, BoundOperatorSpan(bound, span), bound.expression(), bound),
            ComparisonContext comparison => Binary(span, ComparisonOperator(comparison.op.Text), comparison.op, comparison.expression(), comparison),
            MembershipContext membership => new MembershipExpressionSyntax(span, Expression(membership.expression(), membership),
                membership.STRING().Where(node => !IsConjured(node)).Select(node => String(node, membership)).ToList()),
            AndContext and => Binary(span, BinaryOperator.And, and.ET()?.Symbol, and.expression(), and),
            OrContext or => Binary(span, BinaryOperator.Or, or.OU()?.Symbol, or.expression(), or),
            ConditionalContext conditional => new ConditionalExpressionSyntax(span,
                Expression(conditional.expression(0), conditional),
                Expression(conditional.expression(1), conditional),
                Expression(conditional.expression(2), conditional)),
            OutcomeInAnyEarlierWindowContext earlier => new OutcomeExpressionSyntax(span, Name(earlier.name(), earlier), OutcomeKindOf(earlier.FINANCE()),
                OutcomeKeywordSpan(earlier.ATTEINT() ?? earlier.FINANCE(), span), OutcomeReach.AnyEarlierWindow, null),
            OutcomeInWindowContext outcome => Outcome(outcome, span),
            LiteralExpressionContext literal => Literal(literal.literal(), literal),
            ForfaitReferenceContext => new ForfaitReferenceSyntax(span),
            NameReferenceContext name => new NameExpressionSyntax(span, Name(name.name(), name)),
            _ => new MissingExpressionSyntax(span),
        };
    }

    /// <summary>"EX1.1 atteint en F2", "… en fenêtre précédente", or without a window (which the binder reports).</summary>
    private OutcomeExpressionSyntax Outcome(OutcomeInWindowContext outcome, TextSpan span)
    {
        var (reach, window) = outcome.EN() is null ? (OutcomeReach.Unstated, (IdentifierSyntax?)null)
            : outcome.PRECEDENTE() is not null || outcome.FENETRE() is not null ? (OutcomeReach.PreviousWindow, null)
            : (OutcomeReach.NamedWindow, Name(outcome.window, outcome));
        return new OutcomeExpressionSyntax(span, Name(outcome.name(0), outcome), OutcomeKindOf(outcome.FINANCE()),
            OutcomeKeywordSpan(outcome.ATTEINT() ?? outcome.FINANCE(), span), reach, window);
    }

    internal static OutcomeKind OutcomeKindOf(ITerminalNode? funded) => funded is null ? OutcomeKind.TargetMet : OutcomeKind.Funded;

    private static TextSpan OutcomeKeywordSpan(ITerminalNode? keyword, TextSpan span) =>
        keyword is null || IsConjured(keyword) ? new TextSpan(span.End, 0) : Span(keyword);

    /// <summary>A call's arguments, at most <see cref="ExpressionSizeGuard.Limit"/>: the guard counts operators, not the commas of one call.</summary>
    private List<ExpressionSyntax> Arguments(CallContext call)
    {
        var arguments = call.expression();
        if (arguments.Length > ExpressionSizeGuard.Limit)
        {
            diagnostics.Report(DiagnosticCatalog.ExpressionTooComplex, Span(arguments[ExpressionSizeGuard.Limit]), ExpressionSizeGuard.Limit);
        }

        return arguments.Take(ExpressionSizeGuard.Limit).Select(argument => Expression(argument, call)).ToList();
    }

    private BinaryExpressionSyntax Binary(TextSpan span, BinaryOperator op, IToken? operatorToken, ExpressionContext[] operands, ParserRuleContext owner) =>
        Binary(span, op, operatorToken is null ? new TextSpan(span.Start, 0) : SyntaxErrorStrategy.SpanOf(operatorToken), operands, owner);

    /// <summary>"plafonné à", or "au plus" / "au moins" from the first word to the second.</summary>
    private static TextSpan BoundOperatorSpan(BoundContext bound, TextSpan span)
    {
        if (bound.PLAFONNE_A() is { } capped)
        {
            return SyntaxErrorStrategy.SpanOf(capped.Symbol);
        }

        var first = bound.AU()?.Symbol;
        var second = (bound.PLUS() ?? bound.MOINS())?.Symbol;
        return first is null ? new TextSpan(span.Start, 0)
            : second is null ? SyntaxErrorStrategy.SpanOf(first)
            : TextSpan.FromBounds(SyntaxErrorStrategy.SpanOf(first).Start, SyntaxErrorStrategy.SpanOf(second).End);
    }

    private BinaryExpressionSyntax Binary(TextSpan span, BinaryOperator op, TextSpan operatorSpan, ExpressionContext[] operands, ParserRuleContext owner)
    {
        var left = Expression(operands.Length > 0 ? operands[0] : null, owner);
        var right = Expression(operands.Length > 1 ? operands[1] : null, owner);
        return new BinaryExpressionSyntax(span, op, operatorSpan, left, right);
    }

    private static BinaryOperator ComparisonOperator(string text) => text switch
    {
        "<" => BinaryOperator.Less,
        "<=" or "≤" => BinaryOperator.LessOrEqual,
        ">" => BinaryOperator.Greater,
        ">=" or "≥" => BinaryOperator.GreaterOrEqual,
        "=" => BinaryOperator.Equal,
        _ => BinaryOperator.NotEqual,
    };

    private ExpressionSyntax Literal(LiteralContext? context, ParserRuleContext owner)
    {
        if (context is null)
        {
            return new MissingExpressionSyntax(After(owner));
        }

        var span = Span(context);
        switch (context)
        {
            case MoneyLiteralContext money:
                return new LiteralExpressionSyntax(span, LiteralKind.Money) { Number = Money(money.money(), money).Euros };
            case PercentageLiteralContext percentage:
                return new LiteralExpressionSyntax(span, LiteralKind.Percentage) { Number = Percentage(percentage.percentage(), percentage).Points };
            case DurationLiteralContext duration:
                var parsed = Duration(duration.duration(), duration);
                return new LiteralExpressionSyntax(span, LiteralKind.Duration) { Number = parsed.Amount, DurationUnit = parsed.Unit };
            case NumberLiteralContext number:
                var text = number.NUMBER()?.GetText() ?? "0";
                return new LiteralExpressionSyntax(span, LiteralParsing.IsInteger(text) ? LiteralKind.Integer : LiteralKind.Decimal) { Number = Number(number.NUMBER()) };
            case DateLiteralContext date:
                return new LiteralExpressionSyntax(span, LiteralKind.Date) { Date = date.DATE() is { } node && !IsConjured(node) ? ParseDate(node) : null };
            case TrueLiteralContext:
                return new LiteralExpressionSyntax(span, LiteralKind.Boolean) { Boolean = true };
            case FalseLiteralContext:
                return new LiteralExpressionSyntax(span, LiteralKind.Boolean) { Boolean = false };
            case TextLiteralContext textLiteral:
                return new LiteralExpressionSyntax(span, LiteralKind.Text) { Text = String(textLiteral.STRING(), textLiteral).Value };
            default:
                return new MissingExpressionSyntax(span);
        }
    }
}
