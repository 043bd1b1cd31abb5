using SunEs.Semantics;
using SunEs.Syntax;
using R = SunEs.Runtime;
using ValueType = SunEs.Semantics.ValueType;

namespace SunEs.Interpretation;

/// <summary>
/// Evaluates a bound expression over a candidacy, node by node, with the arithmetic compiled
/// rules use: decimal numbers (a percentage in points, so "p % of x" is x × p / 100), bool logic
/// that short-circuits, DateOnly and Duration, division through <see cref="R.RuleArithmetic"/>.
/// Values are boxed: this is the reference, not the fast path.
/// </summary>
internal sealed class ExpressionInterpreter(ProgrammeSlots slots, R.Candidacy candidacy, decimal? forfait)
{
    public decimal Number(BoundExpression expression) => (decimal)Evaluate(expression);

    public bool Boolean(BoundExpression expression) => (bool)Evaluate(expression);

    private object Evaluate(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => Literal(literal),
        BoundDataReference data => Read(data),
        BoundForfaitReference => forfait ?? throw new InvalidOperationException("'forfait' is only bound in bonuses, which receive it."),
        BoundUnary { Operator: UnaryOperator.Not } unary => !(bool)Evaluate(unary.Operand),
        BoundUnary unary => Evaluate(unary.Operand) switch
        {
            R.Duration duration => -duration,
            var number => -(decimal)number,
        },
        BoundBinary binary => Binary(binary),
        BoundConditional conditional => (bool)Evaluate(conditional.Condition) ? Evaluate(conditional.WhenTrue) : Evaluate(conditional.WhenFalse),
        BoundBracketTable table => Bracket(table),
        BoundExtremum extremum => Extremum(extremum),
        BoundMembership membership => membership.Values.Contains((string)Evaluate(membership.Subject), StringComparer.Ordinal),
        _ => throw new InvalidOperationException($"Cannot evaluate {expression.GetType().Name}: expressions with errors are never evaluated."),
    };

    private static object Literal(BoundLiteral literal) => literal.Type switch
    {
        ValueType.Integer or ValueType.Decimal or ValueType.Percentage or ValueType.Money => literal.Number,
        ValueType.Boolean => literal.Boolean,
        ValueType.Date => literal.Date,
        ValueType.Text => literal.Text,
        ValueType.Duration => new R.Duration(literal.Number, Enum.Parse<R.DurationUnit>(literal.DurationUnit.ToString())),
        _ => throw new InvalidOperationException($"Cannot evaluate a literal of type {literal.Type}."),
    };

    private object Read(BoundDataReference data)
    {
        var slot = slots[data.Data];
        return data.Type switch
        {
            ValueType.Integer or ValueType.Decimal or ValueType.Percentage or ValueType.Money => candidacy.ReadNumber(slot),
            ValueType.Boolean => candidacy.ReadBoolean(slot),
            ValueType.Date => candidacy.ReadDate(slot),
            ValueType.Duration => candidacy.ReadDuration(slot),
            ValueType.Text or ValueType.Category => candidacy.ReadText(slot),
            _ => throw new InvalidOperationException($"No reader for {data.Type}: expressions with errors are never evaluated."),
        };
    }

    private object Binary(BoundBinary binary)
    {
        var (l, r) = (binary.Left.Type, binary.Right.Type);
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                return (bool)Evaluate(binary.Left) && (bool)Evaluate(binary.Right);
            case BinaryOperator.Or:
                return (bool)Evaluate(binary.Left) || (bool)Evaluate(binary.Right);
            case BinaryOperator.PercentOf:
                // Compiled as "of × points / 100": the amount is computed before the percentage.
                var whole = (decimal)Evaluate(binary.Right);
                return whole * (decimal)Evaluate(binary.Left) / 100m;
            case BinaryOperator.Divide when l == ValueType.Money && r == ValueType.Percentage:
                // Compiled as "amount × 100 / points": the product (which may overflow) comes before the divisor.
                var scaled = (decimal)Evaluate(binary.Left) * 100m;
                return Divide(scaled, (decimal)Evaluate(binary.Right));
        }

        var left = Evaluate(binary.Left);
        var right = Evaluate(binary.Right);
        return binary.Operator switch
        {
            BinaryOperator.Subtract when l == ValueType.Date && r == ValueType.Date => R.Duration.Between((DateOnly)left, (DateOnly)right),
            BinaryOperator.Add => Add(left, right),
            BinaryOperator.Subtract => Subtract(left, right),
            BinaryOperator.Multiply when IsPercentageScaled(l, r) => (decimal)left * (decimal)right / 100m,
            BinaryOperator.Multiply => Multiply(left, right),
            BinaryOperator.Divide => Divide((decimal)left, (decimal)right),
            BinaryOperator.Less => Compare(left, right) < 0,
            BinaryOperator.LessOrEqual => Compare(left, right) <= 0,
            BinaryOperator.Greater => Compare(left, right) > 0,
            BinaryOperator.GreaterOrEqual => Compare(left, right) >= 0,
            BinaryOperator.Equal => left.Equals(right),
            BinaryOperator.NotEqual => !left.Equals(right),
            _ => throw new InvalidOperationException($"Unknown operator {binary.Operator}."),
        };
    }

    /// <summary>"barème": the subject is computed once; the first bracket whose bound it does not exceed gives the value.</summary>
    private object Bracket(BoundBracketTable table)
    {
        var subject = Evaluate(table.Subject);
        foreach (var bracket in table.Brackets)
        {
            if (Compare(subject, Evaluate(bracket.UpTo)) <= 0)
            {
                return Evaluate(bracket.Value);
            }
        }

        return Evaluate(table.Otherwise);
    }

    /// <summary>"min", "max", "plafonné à", "au moins": folded left to right with the runtime's own comparisons, as compiled rules do.</summary>
    private object Extremum(BoundExtremum extremum)
    {
        var result = Evaluate(extremum.Arguments[0]);
        foreach (var argument in extremum.Arguments.Skip(1))
        {
            var next = Evaluate(argument);
            result = (result, next) switch
            {
                (DateOnly first, DateOnly second) => extremum.IsMinimum ? R.RuleArithmetic.Min(first, second) : R.RuleArithmetic.Max(first, second),
                _ => extremum.IsMinimum ? R.RuleArithmetic.Min((decimal)result, (decimal)next) : R.RuleArithmetic.Max((decimal)result, (decimal)next),
            };
        }

        return result;
    }

    private static object Add(object left, object right) => (left, right) switch
    {
        (DateOnly date, R.Duration duration) => date + duration,
        (R.Duration duration, DateOnly date) => duration + date,
        (R.Duration first, R.Duration second) => first + second,
        _ => (decimal)left + (decimal)right,
    };

    private static object Subtract(object left, object right) => (left, right) switch
    {
        (DateOnly date, R.Duration duration) => date - duration,
        (R.Duration first, R.Duration second) => first - second,
        _ => (decimal)left - (decimal)right,
    };

    private static object Multiply(object left, object right) => (left, right) switch
    {
        (R.Duration duration, decimal factor) => duration * factor,
        (decimal factor, R.Duration duration) => factor * duration,
        _ => (decimal)left * (decimal)right,
    };

    private decimal Divide(decimal dividend, decimal divisor) => R.RuleArithmetic.Divide(candidacy, dividend, divisor);

    /// <summary>Orders numbers, dates and durations (months and days do not compare: the runtime says so).</summary>
    private static int Compare(object left, object right) => (left, right) switch
    {
        (decimal first, decimal second) => first.CompareTo(second),
        (DateOnly first, DateOnly second) => first.CompareTo(second),
        (R.Duration first, R.Duration second) => first < second ? -1 : first > second ? 1 : 0,
        _ => throw new InvalidOperationException($"Cannot order {left.GetType().Name} and {right.GetType().Name}."),
    };

    /// <summary>An amount times a percentage, or a percentage of a percentage: the points must be divided by 100.</summary>
    private static bool IsPercentageScaled(ValueType left, ValueType right) =>
        (left == ValueType.Money && right == ValueType.Percentage)
        || (left == ValueType.Percentage && right == ValueType.Money)
        || (left == ValueType.Percentage && right == ValueType.Percentage);
}
