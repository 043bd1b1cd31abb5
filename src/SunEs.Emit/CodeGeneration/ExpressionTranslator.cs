using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SunEs.Emit.Planning;
using SunEs.Semantics;
using SunEs.Syntax;
using SunEs.Text;
using ExpressionSyntax = Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax;
using R = SunEs.Runtime;
using ValueType = SunEs.Semantics.ValueType;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// Turns a bound expression into one typed C# expression over the candidacy's slots:
/// decimal arithmetic (a percentage is in points, so "p % of x" is x × p / 100), bool logic,
/// DateOnly and Duration, categories as the strings the texts write. No boxing, no lookup by name.
/// Bracket tables become helper methods so their subject is computed once; min and max go through
/// the runtime's <see cref="R.RuleArithmetic"/>, as the interpreter does.
/// </summary>
internal sealed class ExpressionTranslator(SourceText source, ProgrammeSlots slots, BracketTableWriter brackets)
{
    public static readonly IdentifierNameSyntax Candidacy = Code.Id("candidacy");
    public static readonly IdentifierNameSyntax Forfait = Code.Id("forfait");

    public ExpressionSyntax Translate(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => Literal(literal),
        BoundDataReference data => Code.Call(Candidacy, ClrTypes.ReaderOf(data.Type), Code.Int(slots[data.Data])),
        BoundForfaitReference => Forfait,
        BoundUnary unary => unary.Operator == UnaryOperator.Not
            ? Code.Not(Parenthesized(Translate(unary.Operand)))
            : SyntaxFactory.ParenthesizedExpression(SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, Translate(unary.Operand))),
        BoundBinary binary => Binary(binary),
        BoundConditional conditional => SyntaxFactory.ParenthesizedExpression(
            SyntaxFactory.ConditionalExpression(Translate(conditional.Condition), Translate(conditional.WhenTrue), Translate(conditional.WhenFalse))),
        BoundBracketTable table => brackets.Call(table, this),
        BoundExtremum extremum => extremum.Arguments.Skip(1).Aggregate(Translate(extremum.Arguments[0]), (smallest, next) =>
            Code.Call(Code.Id(nameof(R.RuleArithmetic)), extremum.IsMinimum ? nameof(R.RuleArithmetic.Min) : nameof(R.RuleArithmetic.Max), smallest, Translate(next))),
        BoundMembership membership => Code.AnyOf(membership.Values.Select(value =>
            Code.Binary(SyntaxKind.EqualsExpression, Translate(membership.Subject), Code.String(value)))),
        _ => throw new InvalidOperationException($"Cannot emit {expression.GetType().Name}: expressions with errors are never emitted."),
    };

    public Location LocationOf(BoundExpression expression) => new(source, expression.Syntax.Span);

    private static ExpressionSyntax Literal(BoundLiteral literal) => literal.Type switch
    {
        ValueType.Integer or ValueType.Decimal or ValueType.Percentage or ValueType.Money => Code.Decimal(literal.Number),
        ValueType.Boolean => Code.Bool(literal.Boolean),
        ValueType.Date => Code.Date(literal.Date),
        ValueType.Text => Code.String(literal.Text),
        ValueType.Duration => Code.New(nameof(R.Duration), Code.Decimal(literal.Number), Code.Enum(nameof(R.DurationUnit), literal.DurationUnit.ToString())),
        _ => throw new InvalidOperationException($"Cannot emit a literal of type {literal.Type}."),
    };

    private ExpressionSyntax Binary(BoundBinary binary)
    {
        var left = Translate(binary.Left);
        var right = Translate(binary.Right);
        var (l, r) = (binary.Left.Type, binary.Right.Type);
        return binary.Operator switch
        {
            BinaryOperator.Subtract when l == ValueType.Date && r == ValueType.Date => Code.Call(Code.Id(nameof(R.Duration)), nameof(R.Duration.Between), left, right),
            BinaryOperator.Add => Code.Binary(SyntaxKind.AddExpression, left, right),
            BinaryOperator.Subtract => Code.Binary(SyntaxKind.SubtractExpression, left, right),
            BinaryOperator.Multiply when IsPercentageScaled(l, r) => Hundredth(Code.Binary(SyntaxKind.MultiplyExpression, left, right)),
            BinaryOperator.Multiply => Code.Binary(SyntaxKind.MultiplyExpression, left, right),
            BinaryOperator.Divide when l == ValueType.Money && r == ValueType.Percentage =>
                Divide(Code.Binary(SyntaxKind.MultiplyExpression, left, Code.Decimal(100m)), right),
            BinaryOperator.Divide => Divide(left, right),
            BinaryOperator.PercentOf => Hundredth(Code.Binary(SyntaxKind.MultiplyExpression, right, left)),
            BinaryOperator.Less => Code.Binary(SyntaxKind.LessThanExpression, left, right),
            BinaryOperator.LessOrEqual => Code.Binary(SyntaxKind.LessThanOrEqualExpression, left, right),
            BinaryOperator.Greater => Code.Binary(SyntaxKind.GreaterThanExpression, left, right),
            BinaryOperator.GreaterOrEqual => Code.Binary(SyntaxKind.GreaterThanOrEqualExpression, left, right),
            BinaryOperator.Equal => Code.Binary(SyntaxKind.EqualsExpression, left, right),
            BinaryOperator.NotEqual => Code.Binary(SyntaxKind.NotEqualsExpression, left, right),
            BinaryOperator.And => Code.Binary(SyntaxKind.LogicalAndExpression, left, right),
            BinaryOperator.Or => Code.Binary(SyntaxKind.LogicalOrExpression, left, right),
            _ => throw new InvalidOperationException($"Unknown operator {binary.Operator}."),
        };
    }

    /// <summary>An amount times a percentage, or a percentage of a percentage: the points must be divided by 100.</summary>
    private static bool IsPercentageScaled(ValueType left, ValueType right) =>
        (left == ValueType.Money && right == ValueType.Percentage)
        || (left == ValueType.Percentage && right == ValueType.Money)
        || (left == ValueType.Percentage && right == ValueType.Percentage);

    private static ExpressionSyntax Hundredth(ExpressionSyntax value) => Code.Binary(SyntaxKind.DivideExpression, value, Code.Decimal(100m));

    /// <summary>Division goes through the runtime so that a zero divisor names the establishment instead of a bare DivideByZeroException.</summary>
    private static ExpressionSyntax Divide(ExpressionSyntax left, ExpressionSyntax right) =>
        Code.Call(Code.Id(nameof(R.RuleArithmetic)), nameof(R.RuleArithmetic.Divide), Candidacy, left, right);

    private static ExpressionSyntax Parenthesized(ExpressionSyntax expression) =>
        expression is Microsoft.CodeAnalysis.CSharp.Syntax.ParenthesizedExpressionSyntax ? expression : SyntaxFactory.ParenthesizedExpression(expression);
}
