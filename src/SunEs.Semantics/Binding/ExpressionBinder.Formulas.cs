using SunEs.Diagnostics;
using SunEs.Syntax;
using static SunEs.Semantics.ValueType;

namespace SunEs.Semantics.Binding;

/// <summary>The formulas beyond arithmetic: min and max, caps and floors, and the comparisons of a category with its values.</summary>
internal sealed partial class ExpressionBinder
{
    private static readonly IReadOnlyList<string> Functions = ["min", "max"];

    /// <summary>"min(a, b, …)" and "max(a, b, …)", the only functions of the language (named without regard to case).</summary>
    private BoundExpression BindCall(CallExpressionSyntax call)
    {
        var arguments = call.Arguments.Select(Bind).ToList();
        if (call.Function.IsMissing)
        {
            return new BoundErrorExpression(call);
        }

        var function = call.Function.Text.ToLowerInvariant();
        if (function is not ("min" or "max"))
        {
            var suggestions = names.Closest(call.Function.Text, Functions);
            var fixes = suggestions.Select(suggestion => new DiagnosticFix(new LocalizedText($"Remplacer par « {suggestion} »", $"Replace with '{suggestion}'"), call.Function.Span, suggestion)).ToList();
            diagnostics.ReportWithFixes(DiagnosticCatalog.UnknownFunction, instruction.Tree.GetLocation(call.Function.Span), fixes, call.Function.Text, SpellingSuggester.Hint(suggestions));
            return new BoundErrorExpression(call);
        }

        if (arguments.Count < 2)
        {
            diagnostics.Report(DiagnosticCatalog.TooFewArguments, Location(call), function);
            return new BoundErrorExpression(call);
        }

        return arguments.Any(argument => argument.Type == Error)
            ? new BoundErrorExpression(call)
            : Extremum(call, function == "min", arguments, function, call.Function.Span);
    }

    /// <summary>
    /// The smallest or largest of values of one type that orders: numbers (an integer beside a decimal
    /// is a decimal), amounts, percentages or dates. Anything else is reported at the operator or function.
    /// </summary>
    private BoundExpression Extremum(ExpressionSyntax syntax, bool isMinimum, IReadOnlyList<BoundExpression> arguments, string operation, Text.TextSpan where)
    {
        var type = arguments[0].Type;
        foreach (var argument in arguments.Skip(1))
        {
            var unified = Unify(type, argument.Type);
            if (unified == Error)
            {
                diagnostics.Report(DiagnosticCatalog.OperatorTypeMismatch, instruction.Tree.GetLocation(where), operation, type.Describe(), argument.Type.Describe());
                return new BoundErrorExpression(syntax);
            }

            type = unified;
        }

        if (type is not (Integer or ValueType.Decimal or Money or Percentage or Date))
        {
            diagnostics.Report(DiagnosticCatalog.OperatorTypeMismatch, instruction.Tree.GetLocation(where), operation, type.Describe(), type.Describe());
            return new BoundErrorExpression(syntax);
        }

        return new BoundExtremum(syntax, isMinimum, arguments, type);
    }

    /// <summary>"catégorie parmi "CH", "CHU"": the subject is a category datum and every value one it declares.</summary>
    private BoundExpression BindMembership(MembershipExpressionSyntax membership)
    {
        var subject = Bind(membership.Subject);
        if (subject.Type == Error)
        {
            return new BoundErrorExpression(membership);
        }

        if (subject is not BoundDataReference { Type: Category } datum)
        {
            diagnostics.Report(DiagnosticCatalog.OperatorTypeMismatch, Location(membership.Subject), "parmi", subject.Type.Describe(), ValueType.Category.Describe());
            return new BoundErrorExpression(membership);
        }

        var known = membership.Values.Count(value => IsValueOf(datum, value.Value, value.Span));
        return known == membership.Values.Count ? new BoundMembership(membership, datum, membership.Values.Select(value => value.Value).ToList()) : new BoundErrorExpression(membership);
    }

    /// <summary>A category datum is compared, with = or ≠, with one of its values or with a datum of the same values; nothing else.</summary>
    private BoundExpression BindCategoryComparison(BinaryExpressionSyntax binary, BoundExpression left, BoundExpression right)
    {
        if (binary.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            var valid = (left, right) switch
            {
                (BoundDataReference { Type: Category } datum, BoundLiteral { Type: ValueType.Text } literal) => (bool?)IsValueOf(datum, literal.Text, literal.Syntax.Span),
                (BoundLiteral { Type: ValueType.Text } literal, BoundDataReference { Type: Category } datum) => IsValueOf(datum, literal.Text, literal.Syntax.Span),
                (BoundDataReference { Type: Category } first, BoundDataReference { Type: Category } second)
                    when first.Data.CategoryValues.Order(StringComparer.Ordinal).SequenceEqual(second.Data.CategoryValues.Order(StringComparer.Ordinal)) => true,
                _ => null,
            };
            if (valid is { } isValid)
            {
                return isValid ? new BoundBinary(binary, binary.Operator, left, right, ValueType.Boolean) : new BoundErrorExpression(binary);
            }
        }

        diagnostics.Report(DiagnosticCatalog.OperatorTypeMismatch, instruction.Tree.GetLocation(binary.OperatorSpan.Length > 0 ? binary.OperatorSpan : binary.Span),
            OperatorText(binary.Operator), left.Type.Describe(), right.Type.Describe());
        return new BoundErrorExpression(binary);
    }

    private bool IsValueOf(BoundDataReference datum, string value, Text.TextSpan span) =>
        CategoryValues.IsValueOf(diagnostics, names, datum.Data, value, instruction.Tree.GetLocation(span));
}
