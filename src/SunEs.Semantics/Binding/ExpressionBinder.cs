using SunEs.Diagnostics;
using SunEs.Syntax;
using static SunEs.Semantics.ValueType;

namespace SunEs.Semantics.Binding;

/// <summary>
/// Binds and type-checks expressions. Names in expressions denote data. Anything of the error
/// type propagates silently, so one mistake gives one diagnostic. <paramref name="forfaitOf"/> is
/// the domain whose forfait rule is being bound, where "forfait" would refer to itself.
/// </summary>
internal sealed partial class ExpressionBinder(NameResolver names, SemanticDiagnostics diagnostics, InstructionSymbol instruction, bool allowForfait, EntitySymbol? forfaitOf = null)
{
    public BoundExpression Bind(ExpressionSyntax syntax) => syntax switch
    {
        MissingExpressionSyntax => new BoundErrorExpression(syntax),
        ParenthesizedExpressionSyntax parenthesized => Bind(parenthesized.Inner),
        LiteralExpressionSyntax literal => BindLiteral(literal),
        NameExpressionSyntax name => names.Resolve(name.Name, EntityKind.Data, instruction) is { } data
            ? new BoundDataReference(syntax, data)
            : new BoundErrorExpression(syntax),
        ForfaitReferenceSyntax => BindForfait(syntax),
        UnaryExpressionSyntax unary => BindUnary(unary),
        BinaryExpressionSyntax binary => BindBinary(binary),
        ConditionalExpressionSyntax conditional => BindConditional(conditional),
        BracketTableExpressionSyntax table => BindBracketTable(table),
        CallExpressionSyntax call => BindCall(call),
        MembershipExpressionSyntax membership => BindMembership(membership),
        _ => throw new ArgumentOutOfRangeException(nameof(syntax), syntax.GetType().Name, "unknown expression syntax"),
    };

    /// <summary>Binds and requires a type; reports once and returns an error node otherwise.</summary>
    public BoundExpression BindExpecting(ExpressionSyntax syntax, ValueType expected, LocalizedText what)
    {
        var bound = Bind(syntax);
        if (bound.Type == Error || bound.Type == expected || (expected == ValueType.Decimal && bound.Type == Integer))
        {
            return bound;
        }

        diagnostics.Report(DiagnosticCatalog.ExpectedType, Location(syntax), what, expected.Describe(), bound.Type.Describe());
        return new BoundErrorExpression(syntax);
    }

    private BoundExpression BindForfait(ExpressionSyntax syntax)
    {
        if (allowForfait)
        {
            return new BoundForfaitReference(syntax);
        }

        if (forfaitOf is not null)
        {
            diagnostics.Report(DiagnosticCatalog.ForfaitCycle, Location(syntax), forfaitOf.Id);
        }
        else
        {
            diagnostics.Report(DiagnosticCatalog.ForfaitOutsideDomain, Location(syntax));
        }

        return new BoundErrorExpression(syntax);
    }

    private static BoundExpression BindLiteral(LiteralExpressionSyntax literal) => literal.Kind switch
    {
        LiteralKind.Integer => new BoundLiteral(literal, Integer) { Number = literal.Number },
        LiteralKind.Decimal => new BoundLiteral(literal, ValueType.Decimal) { Number = literal.Number },
        LiteralKind.Percentage => new BoundLiteral(literal, Percentage) { Number = literal.Number },
        LiteralKind.Money => new BoundLiteral(literal, Money) { Number = literal.Number },
        LiteralKind.Duration => new BoundLiteral(literal, Duration) { Number = literal.Number, DurationUnit = literal.DurationUnit },
        LiteralKind.Date => literal.Date is { } date ? new BoundLiteral(literal, Date) { Date = date } : new BoundErrorExpression(literal),
        LiteralKind.Boolean => new BoundLiteral(literal, ValueType.Boolean) { Boolean = literal.Boolean },
        LiteralKind.Text => new BoundLiteral(literal, ValueType.Text) { Text = literal.Text },
        _ => throw new ArgumentOutOfRangeException(nameof(literal), literal.Kind, "unknown literal kind"),
    };

    private BoundExpression BindUnary(UnaryExpressionSyntax unary)
    {
        var operand = Bind(unary.Operand);
        if (operand.Type == Error)
        {
            return new BoundErrorExpression(unary);
        }

        var type = unary.Operator switch
        {
            UnaryOperator.Not when operand.Type == ValueType.Boolean => ValueType.Boolean,
            UnaryOperator.Negate when operand.Type is Integer or ValueType.Decimal or Money or Percentage or Duration => operand.Type,
            _ => Error,
        };
        if (type == Error)
        {
            var symbol = unary.Operator == UnaryOperator.Not ? "non" : "-";
            diagnostics.Report(DiagnosticCatalog.OperatorTypeMismatch, Location(unary), symbol, operand.Type.Describe(), operand.Type.Describe());
            return new BoundErrorExpression(unary);
        }

        return new BoundUnary(unary, unary.Operator, operand, type);
    }

    private BoundExpression BindBinary(BinaryExpressionSyntax binary)
    {
        var left = Bind(binary.Left);
        var right = Bind(binary.Right);
        if (left.Type == Error || right.Type == Error)
        {
            return new BoundErrorExpression(binary);
        }

        if (binary.Operator is BinaryOperator.AtMost or BinaryOperator.AtLeast)
        {
            var written = binary.OperatorSpan.Length > 0 ? instruction.Tree.Text[binary.OperatorSpan] : OperatorText(binary.Operator);
            return Extremum(binary, binary.Operator == BinaryOperator.AtMost, [left, right], written, binary.OperatorSpan.Length > 0 ? binary.OperatorSpan : binary.Span);
        }

        if (left.Type == Category || right.Type == Category)
        {
            return BindCategoryComparison(binary, left, right);
        }

        var type = BinaryResultType(binary.Operator, left.Type, right.Type);
        if (type == Error && binary.Operator == BinaryOperator.PercentOf && left is BoundLiteral && left.Type.IsNumber())
        {
            // « 10 du forfait »: the percentage sign was forgotten, the operation is right.
            var end = new Text.TextSpan(binary.Left.Span.End, 0);
            var number = instruction.Tree.Text[binary.Left.Span];
            var fix = new DiagnosticFix(new LocalizedText("Ajouter « % »", "Add '%'"), end, " %");
            diagnostics.ReportWithFixes(DiagnosticCatalog.MissingToken, instruction.Tree.GetLocation(end), [fix],
                new LocalizedText("« % »", "'%'"), new LocalizedText($"après « {number} »", $"after '{number}'"));
            return new BoundErrorExpression(binary);
        }

        if (type == Error)
        {
            diagnostics.Report(DiagnosticCatalog.OperatorTypeMismatch, instruction.Tree.GetLocation(binary.OperatorSpan.Length > 0 ? binary.OperatorSpan : binary.Span),
                OperatorText(binary.Operator), left.Type.Describe(), right.Type.Describe());
            return new BoundErrorExpression(binary);
        }

        if (binary.Operator == BinaryOperator.Divide && right is BoundLiteral { Number: 0 } zero && zero.Type.IsNumber())
        {
            diagnostics.Report(DiagnosticCatalog.DivisionByZero, Location(binary.Right));
            return new BoundErrorExpression(binary);
        }

        return new BoundBinary(binary, binary.Operator, left, right, type);
    }

    /// <summary>The type algebra: a percentage of an amount is an amount, an amount plus a date is an error, and so on.</summary>
    internal static ValueType BinaryResultType(BinaryOperator op, ValueType left, ValueType right)
    {
        var numbers = left.IsNumber() && right.IsNumber();
        var widened = left == Integer && right == Integer ? Integer : ValueType.Decimal;
        return op switch
        {
            BinaryOperator.Add or BinaryOperator.Subtract when numbers => widened,
            BinaryOperator.Add or BinaryOperator.Subtract when left == right && left is Money or Percentage or Duration => left,
            BinaryOperator.Add or BinaryOperator.Subtract when left == Date && right == Duration => Date,
            BinaryOperator.Add when left == Duration && right == Date => Date,
            BinaryOperator.Subtract when left == Date && right == Date => Duration,

            BinaryOperator.Multiply when numbers => widened,
            BinaryOperator.Multiply when (left == Money && (right.IsNumber() || right == Percentage)) || (right == Money && (left.IsNumber() || left == Percentage)) => Money,
            BinaryOperator.Multiply when left == Percentage && (right.IsNumber() || right == Percentage) => Percentage,
            BinaryOperator.Multiply when right == Percentage && left.IsNumber() => Percentage,
            BinaryOperator.Multiply when (left == Duration && right == Integer) || (left == Integer && right == Duration) => Duration,

            BinaryOperator.Divide when numbers => ValueType.Decimal,
            BinaryOperator.Divide when left == Money && (right.IsNumber() || right == Percentage) => Money,
            BinaryOperator.Divide when left == right && left is Money or Percentage => ValueType.Decimal,
            BinaryOperator.Divide when left == Percentage && right.IsNumber() => Percentage,

            BinaryOperator.PercentOf when left == Percentage && right is Money or Percentage => right,
            BinaryOperator.PercentOf when left == Percentage && right.IsNumber() => ValueType.Decimal,

            BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual
                when numbers || (left == right && left is Money or Percentage or Date or Duration) => ValueType.Boolean,
            BinaryOperator.Equal or BinaryOperator.NotEqual when numbers || (left == right && left != Error) => ValueType.Boolean,
            BinaryOperator.And or BinaryOperator.Or when left == ValueType.Boolean && right == ValueType.Boolean => ValueType.Boolean,
            _ => Error,
        };
    }

    private BoundExpression BindConditional(ConditionalExpressionSyntax conditional)
    {
        var condition = BindExpecting(conditional.Condition, ValueType.Boolean, new LocalizedText("La condition", "The condition"));
        var whenTrue = Bind(conditional.WhenTrue);
        var whenFalse = Bind(conditional.WhenFalse);
        if (condition.Type == Error || whenTrue.Type == Error || whenFalse.Type == Error)
        {
            return new BoundErrorExpression(conditional);
        }

        var type = Unify(whenTrue.Type, whenFalse.Type);
        if (type == Error)
        {
            diagnostics.Report(DiagnosticCatalog.ConditionalBranchMismatch, Location(conditional), whenTrue.Type.Describe(), whenFalse.Type.Describe());
            return new BoundErrorExpression(conditional);
        }

        return new BoundConditional(conditional, condition, whenTrue, whenFalse, type);
    }

    private BoundExpression BindBracketTable(BracketTableExpressionSyntax table)
    {
        var subject = Bind(table.Subject);
        var brackets = table.Brackets.Select(bracket => new BoundBracket(Bind(bracket.UpTo), Bind(bracket.Value))).ToList();
        var otherwise = Bind(table.Otherwise);
        var parts = brackets.SelectMany(b => new[] { b.UpTo, b.Value }).Append(subject).Append(otherwise);
        if (parts.Any(part => part.Type == Error))
        {
            return new BoundErrorExpression(table);
        }

        foreach (var bracket in brackets.Where(b => Unify(b.UpTo.Type, subject.Type) == Error))
        {
            diagnostics.Report(DiagnosticCatalog.ExpectedType, Location(bracket.UpTo.Syntax), new LocalizedText("Le seuil du barème", "The bracket bound"), subject.Type.Describe(), bracket.UpTo.Type.Describe());
            return new BoundErrorExpression(table);
        }

        var type = brackets.Select(b => b.Value.Type).Aggregate(otherwise.Type, Unify);
        if (type == Error)
        {
            var mismatch = brackets.Select(b => b.Value).FirstOrDefault(value => Unify(value.Type, otherwise.Type) == Error) ?? otherwise;
            diagnostics.Report(DiagnosticCatalog.ExpectedType, Location(mismatch.Syntax), new LocalizedText("La valeur du barème", "The bracket value"), otherwise.Type.Describe(), mismatch.Type.Describe());
            return new BoundErrorExpression(table);
        }

        for (var index = 1; index < brackets.Count; index++)
        {
            if (brackets[index].UpTo is BoundLiteral current && brackets[index - 1].UpTo is BoundLiteral previous && current.Number <= previous.Number)
            {
                diagnostics.Report(DiagnosticCatalog.BracketThresholdsNotIncreasing, Location(current.Syntax), current.Syntax.Span.Length > 0 ? instruction.Tree.Text[current.Syntax.Span] : "?", instruction.Tree.Text[previous.Syntax.Span]);
                return new BoundErrorExpression(table);
            }
        }

        return new BoundBracketTable(table, subject, brackets, otherwise, type);
    }

    private static ValueType Unify(ValueType a, ValueType b) =>
        a == b ? a : a.IsNumber() && b.IsNumber() ? ValueType.Decimal : Error;

    private Text.Location Location(SyntaxNode node) => instruction.Tree.GetLocation(node);

    private static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "×",
        BinaryOperator.Divide => "/",
        BinaryOperator.PercentOf => "de",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "≤",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => "≥",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "≠",
        BinaryOperator.And => "et",
        BinaryOperator.Or => "ou",
        BinaryOperator.AtMost => "plafonné à",
        BinaryOperator.AtLeast => "au moins",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown operator"),
    };
}
