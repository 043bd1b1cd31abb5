using SunEs.Syntax;

namespace SunEs.Semantics;

/// <summary>A type-checked expression: what the interpreter evaluates and the emitter compiles.</summary>
public abstract class BoundExpression(ExpressionSyntax syntax, ValueType type)
{
    public ExpressionSyntax Syntax { get; } = syntax;

    public ValueType Type { get; } = type;
}

/// <summary>Stands for an expression that did not bind; its diagnostic was already reported.</summary>
public sealed class BoundErrorExpression(ExpressionSyntax syntax) : BoundExpression(syntax, ValueType.Error);

/// <summary>
/// A constant: numbers, percentages (in points: 49 % is 49), euros and duration amounts in
/// <see cref="Number"/>; otherwise <see cref="Date"/>, <see cref="Boolean"/> or <see cref="Text"/>.
/// </summary>
public sealed class BoundLiteral(ExpressionSyntax syntax, ValueType type) : BoundExpression(syntax, type)
{
    public decimal Number { get; init; }

    public DateOnly Date { get; init; }

    public bool Boolean { get; init; }

    public string Text { get; init; } = string.Empty;

    public DurationUnit DurationUnit { get; init; }
}

/// <summary>A datum of the candidacy.</summary>
public sealed class BoundDataReference(ExpressionSyntax syntax, EntitySymbol data)
    : BoundExpression(syntax, ValueTypes.FromDataType(data.DataType ?? DataType.Decimal))
{
    public EntitySymbol Data { get; } = data;
}

/// <summary>
/// The smallest (<see cref="IsMinimum"/>) or largest of its arguments, all of one type (numbers,
/// amounts, percentages or dates): "min(a, b)", "max(a, b)", "a plafonné à b" / "a au plus b" (the
/// smaller), "a au moins b" (the larger).
/// </summary>
public sealed class BoundExtremum(ExpressionSyntax syntax, bool isMinimum, IReadOnlyList<BoundExpression> arguments, ValueType type) : BoundExpression(syntax, type)
{
    public bool IsMinimum { get; } = isMinimum;

    public IReadOnlyList<BoundExpression> Arguments { get; } = arguments;
}

/// <summary>"catégorie parmi "CH", "CHU"": whether a category datum holds one of the values (each one the datum declares).</summary>
public sealed class BoundMembership(ExpressionSyntax syntax, BoundDataReference subject, IReadOnlyList<string> values) : BoundExpression(syntax, ValueType.Boolean)
{
    public BoundDataReference Subject { get; } = subject;

    public IReadOnlyList<string> Values { get; } = values;
}

/// <summary>"forfait" in a bonus: the domain's flat amount after degressivity.</summary>
public sealed class BoundForfaitReference(ExpressionSyntax syntax) : BoundExpression(syntax, ValueType.Money);

public sealed class BoundUnary(ExpressionSyntax syntax, UnaryOperator op, BoundExpression operand, ValueType type) : BoundExpression(syntax, type)
{
    public UnaryOperator Operator { get; } = op;

    public BoundExpression Operand { get; } = operand;
}

public sealed class BoundBinary(ExpressionSyntax syntax, BinaryOperator op, BoundExpression left, BoundExpression right, ValueType type) : BoundExpression(syntax, type)
{
    public BinaryOperator Operator { get; } = op;

    public BoundExpression Left { get; } = left;

    public BoundExpression Right { get; } = right;
}

public sealed class BoundConditional(ExpressionSyntax syntax, BoundExpression condition, BoundExpression whenTrue, BoundExpression whenFalse, ValueType type)
    : BoundExpression(syntax, type)
{
    public BoundExpression Condition { get; } = condition;

    public BoundExpression WhenTrue { get; } = whenTrue;

    public BoundExpression WhenFalse { get; } = whenFalse;
}

/// <summary>"barème subject jusqu'à t1 : v1 … au-delà : v": the first bracket whose bound is ≥ subject, else the last value.</summary>
public sealed class BoundBracketTable(ExpressionSyntax syntax, BoundExpression subject, IReadOnlyList<BoundBracket> brackets, BoundExpression otherwise, ValueType type)
    : BoundExpression(syntax, type)
{
    public BoundExpression Subject { get; } = subject;

    public IReadOnlyList<BoundBracket> Brackets { get; } = brackets;

    public BoundExpression Otherwise { get; } = otherwise;
}

public sealed record BoundBracket(BoundExpression UpTo, BoundExpression Value);
