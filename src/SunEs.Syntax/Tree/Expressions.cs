using SunEs.Text;

namespace SunEs.Syntax;

public abstract class ExpressionSyntax(TextSpan span) : SyntaxNode(span);

/// <summary>Stands where the parser found no expression: binding gives it the error type and says nothing more.</summary>
public sealed class MissingExpressionSyntax(TextSpan span) : ExpressionSyntax(span)
{
    public override IEnumerable<SyntaxNode> Children => [];
}

public sealed class ParenthesizedExpressionSyntax(TextSpan span, ExpressionSyntax inner) : ExpressionSyntax(span)
{
    public ExpressionSyntax Inner { get; } = inner;

    public override IEnumerable<SyntaxNode> Children => Nodes(Inner);
}

public enum UnaryOperator
{
    Negate,
    Not,
}

public sealed class UnaryExpressionSyntax(TextSpan span, UnaryOperator op, ExpressionSyntax operand) : ExpressionSyntax(span)
{
    public UnaryOperator Operator { get; } = op;

    public ExpressionSyntax Operand { get; } = operand;

    public override IEnumerable<SyntaxNode> Children => Nodes(Operand);
}

public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    PercentOf,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    And,
    Or,

    /// <summary>"a plafonné à b", "a au plus b": the smaller of the two.</summary>
    AtMost,

    /// <summary>"a au moins b": the larger of the two.</summary>
    AtLeast,
}

public sealed class BinaryExpressionSyntax(TextSpan span, BinaryOperator op, TextSpan operatorSpan, ExpressionSyntax left, ExpressionSyntax right) : ExpressionSyntax(span)
{
    public BinaryOperator Operator { get; } = op;

    public TextSpan OperatorSpan { get; } = operatorSpan;

    public ExpressionSyntax Left { get; } = left;

    public ExpressionSyntax Right { get; } = right;

    public override IEnumerable<SyntaxNode> Children => Nodes(Left, Right);
}

public sealed class ConditionalExpressionSyntax(TextSpan span, ExpressionSyntax condition, ExpressionSyntax whenTrue, ExpressionSyntax whenFalse) : ExpressionSyntax(span)
{
    public ExpressionSyntax Condition { get; } = condition;

    public ExpressionSyntax WhenTrue { get; } = whenTrue;

    public ExpressionSyntax WhenFalse { get; } = whenFalse;

    public override IEnumerable<SyntaxNode> Children => Nodes(Condition, WhenTrue, WhenFalse);
}

/// <summary>"barème x jusqu'à 5 000 : 40 k€ … au-delà : 150 k€".</summary>
public sealed class BracketTableExpressionSyntax(TextSpan span, ExpressionSyntax subject, IReadOnlyList<BracketSyntax> brackets, ExpressionSyntax otherwise) : ExpressionSyntax(span)
{
    public ExpressionSyntax Subject { get; } = subject;

    public IReadOnlyList<BracketSyntax> Brackets { get; } = brackets;

    public ExpressionSyntax Otherwise { get; } = otherwise;

    public override IEnumerable<SyntaxNode> Children => Nodes(Subject, Brackets, Otherwise);
}

public sealed class BracketSyntax(TextSpan span, ExpressionSyntax upTo, ExpressionSyntax value) : SyntaxNode(span)
{
    public ExpressionSyntax UpTo { get; } = upTo;

    public ExpressionSyntax Value { get; } = value;

    public override IEnumerable<SyntaxNode> Children => Nodes(UpTo, Value);
}

/// <summary>"min(a, b, …)": a function of the language applied to its arguments.</summary>
public sealed class CallExpressionSyntax(TextSpan span, IdentifierSyntax function, IReadOnlyList<ExpressionSyntax> arguments) : ExpressionSyntax(span)
{
    public IdentifierSyntax Function { get; } = function;

    public IReadOnlyList<ExpressionSyntax> Arguments { get; } = arguments;

    public override IEnumerable<SyntaxNode> Children => Nodes(Function, Arguments);
}

/// <summary>"catégorie parmi "CH", "CHU"": true when the value is one of those listed.</summary>
public sealed class MembershipExpressionSyntax(TextSpan span, ExpressionSyntax subject, IReadOnlyList<StringSyntax> values) : ExpressionSyntax(span)
{
    public ExpressionSyntax Subject { get; } = subject;

    public IReadOnlyList<StringSyntax> Values { get; } = values;

    public override IEnumerable<SyntaxNode> Children => Nodes(Subject, Values);
}

/// <summary>"forfait": the flat amount of the domain the expression belongs to.</summary>
public sealed class ForfaitReferenceSyntax(TextSpan span) : ExpressionSyntax(span)
{
    public override IEnumerable<SyntaxNode> Children => [];
}

public sealed class NameExpressionSyntax(TextSpan span, IdentifierSyntax name) : ExpressionSyntax(span)
{
    public IdentifierSyntax Name { get; } = name;

    public override IEnumerable<SyntaxNode> Children => Nodes(Name);
}

public enum LiteralKind
{
    Integer,
    Decimal,
    Percentage,
    Money,
    Duration,
    Date,
    Boolean,
    Text,
}

/// <summary>
/// A constant. <see cref="Number"/> holds integers, decimals, percentage points, euros and
/// duration amounts; <see cref="Date"/>, <see cref="Boolean"/>, <see cref="Text"/> and
/// <see cref="DurationUnit"/> the rest.
/// </summary>
public sealed class LiteralExpressionSyntax(TextSpan span, LiteralKind kind) : ExpressionSyntax(span)
{
    public LiteralKind Kind { get; } = kind;

    public decimal Number { get; init; }

    public DateOnly? Date { get; init; }

    public bool Boolean { get; init; }

    public string Text { get; init; } = string.Empty;

    public DurationUnit DurationUnit { get; init; }

    public override IEnumerable<SyntaxNode> Children => [];
}
