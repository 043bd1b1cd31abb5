using SunEs.Syntax;

namespace SunEs.Semantics;

/// <summary>A type-checked expression: what the interpreter evaluates and the emitter compiles.</summary>
public abstract class BoundExpression(ExpressionSyntax syntax, ValueType type)
{
    public ExpressionSyntax Syntax { get; } = syntax;

    public ValueType Type { get; } = type;

    /// <summary>The expressions this one is made of, in source order.</summary>
    public virtual IEnumerable<BoundExpression> Children => [];

    /// <summary>This expression and every expression it is made of, in source order.</summary>
    public IEnumerable<BoundExpression> DescendantsAndSelf() => TreeWalk.PreOrder(this, static expression => expression.Children);
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

    public override IEnumerable<BoundExpression> Children => Arguments;
}

/// <summary>"catégorie parmi "CH", "CHU"": whether a category datum holds one of the values (each one the datum declares).</summary>
public sealed class BoundMembership(ExpressionSyntax syntax, BoundDataReference subject, IReadOnlyList<string> values) : BoundExpression(syntax, ValueType.Boolean)
{
    public BoundDataReference Subject { get; } = subject;

    public IReadOnlyList<string> Values { get; } = values;

    public override IEnumerable<BoundExpression> Children => [Subject];
}

/// <summary>
/// "EX1.1 atteint en F2", "D1 financé en fenêtre précédente", "D1 déjà financé": the establishment's
/// outcome in a window before the candidacy's, a fact the candidacy gives. <see cref="Window"/> is the
/// window named (<see cref="OutcomeReach.NamedWindow"/>); which windows the other reaches read depends
/// on the candidacy's window and on the order of the windows on the decision's date (<see cref="WindowOrder"/>).
/// </summary>
public sealed class BoundOutcome(OutcomeExpressionSyntax syntax, InstructionSymbol instruction, OutcomeKind kind, EntitySymbol subject, OutcomeReach reach, EntitySymbol? window)
    : BoundExpression(syntax, ValueType.Boolean)
{
    /// <summary>The text that writes the expression: where its provenance points.</summary>
    public InstructionSymbol Instruction { get; } = instruction;

    public OutcomeKind Kind { get; } = kind;

    /// <summary>The indicator (<see cref="OutcomeKind.TargetMet"/>) or the domain (<see cref="OutcomeKind.Funded"/>).</summary>
    public EntitySymbol Subject { get; } = subject;

    public OutcomeReach Reach { get; } = reach;

    public EntitySymbol? Window { get; } = window;

    public Text.Location Location => Instruction.Tree.GetLocation(Syntax);

    /// <summary>The volet whose windows the subject has outcomes in.</summary>
    public EntitySymbol? Volet => Kind == OutcomeKind.TargetMet ? Subject.Parent?.Parent : Subject.Parent;
}

/// <summary>"forfait" in a bonus: the domain's flat amount after degressivity.</summary>
public sealed class BoundForfaitReference(ExpressionSyntax syntax) : BoundExpression(syntax, ValueType.Money);

public sealed class BoundUnary(ExpressionSyntax syntax, UnaryOperator op, BoundExpression operand, ValueType type) : BoundExpression(syntax, type)
{
    public UnaryOperator Operator { get; } = op;

    public BoundExpression Operand { get; } = operand;

    public override IEnumerable<BoundExpression> Children => [Operand];
}

public sealed class BoundBinary(ExpressionSyntax syntax, BinaryOperator op, BoundExpression left, BoundExpression right, ValueType type) : BoundExpression(syntax, type)
{
    public BinaryOperator Operator { get; } = op;

    public BoundExpression Left { get; } = left;

    public BoundExpression Right { get; } = right;

    public override IEnumerable<BoundExpression> Children => [Left, Right];
}

public sealed class BoundConditional(ExpressionSyntax syntax, BoundExpression condition, BoundExpression whenTrue, BoundExpression whenFalse, ValueType type)
    : BoundExpression(syntax, type)
{
    public BoundExpression Condition { get; } = condition;

    public BoundExpression WhenTrue { get; } = whenTrue;

    public BoundExpression WhenFalse { get; } = whenFalse;

    public override IEnumerable<BoundExpression> Children => [Condition, WhenTrue, WhenFalse];
}

/// <summary>"barème subject jusqu'à t1 : v1 … au-delà : v": the first bracket whose bound is ≥ subject, else the last value.</summary>
public sealed class BoundBracketTable(ExpressionSyntax syntax, BoundExpression subject, IReadOnlyList<BoundBracket> brackets, BoundExpression otherwise, ValueType type)
    : BoundExpression(syntax, type)
{
    public BoundExpression Subject { get; } = subject;

    public IReadOnlyList<BoundBracket> Brackets { get; } = brackets;

    public BoundExpression Otherwise { get; } = otherwise;

    public override IEnumerable<BoundExpression> Children => [Subject, .. Brackets.SelectMany(bracket => new[] { bracket.UpTo, bracket.Value }), Otherwise];
}

public sealed record BoundBracket(BoundExpression UpTo, BoundExpression Value);
