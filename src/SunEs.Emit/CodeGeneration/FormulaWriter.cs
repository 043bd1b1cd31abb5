using Microsoft.CodeAnalysis.CSharp.Syntax;
using SunEs.Emit.Planning;
using SunEs.Semantics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using R = SunEs.Runtime;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// The "Formulas" class: one method per rule expression (forfait, bonus, eligibility,
/// applicability), written once even when several epochs share it, each "return" on the line
/// of its expression in the instruction. Methods are never inlined so a failure inside one
/// keeps its own frame, and its own line, in the stack trace.
/// </summary>
internal sealed class FormulaWriter(ProgrammeSlots slots, OutcomeSlots outcomes)
{
    public const string ClassName = "Formulas";

    private readonly Dictionary<BoundExpression, string> _names = new(ReferenceEqualityComparer.Instance);
    private readonly List<MemberDeclarationSyntax> _members = [];
    private readonly OutcomeReadWriter _outcomes = new(outcomes);

    /// <summary>
    /// A call to the formula of <paramref name="rule"/>; bonuses also receive the degressed forfait, and
    /// a formula that reads outcomes of earlier windows the decision being built ("decision" in scope).
    /// </summary>
    public ExpressionSyntax Call(Sourced<BoundExpression> rule, bool withForfait)
    {
        var withDecision = OutcomeReadWriter.Reads(rule.Value);
        if (!_names.TryGetValue(rule.Value, out var name))
        {
            name = $"Formula{_names.Count}";
            _names[rule.Value] = name;
            Write(name, rule.Value, rule.Location.Source, new FormulaParameters(withForfait, withDecision));
        }

        return Code.Call(Code.Id(ClassName), name, [.. new FormulaParameters(withForfait, withDecision).Arguments]);
    }

    public ClassDeclarationSyntax ToClass() =>
        ClassDeclaration(ClassName).WithModifiers(Code.Modifiers("internal static")).WithMembers(List(_outcomes.Fields.Concat(_members))).Hide();

    internal static MethodDeclarationSyntax Method(string returnType, string name, IEnumerable<ParameterSyntax> parameters, IEnumerable<StatementSyntax> statements) =>
        MethodDeclaration(Code.Type(returnType), name)
            .WithModifiers(Code.Modifiers("internal static"))
            .WithAttributeLists(SingletonList(AttributeList(SingletonSeparatedList(Attribute(Code.Name("MethodImpl"))
                .WithArgumentList(AttributeArgumentList(SingletonSeparatedList(AttributeArgument(Code.Enum("MethodImplOptions", "NoInlining")))))))))
            .WithParameterList(ParameterList(SeparatedList(parameters)))
            .WithBody(LineMapping.Body(statements))
            .Hide();

    private void Write(string name, BoundExpression expression, Text.SourceText source, FormulaParameters parameters)
    {
        var brackets = new BracketTableWriter(name, parameters);
        var translator = new ExpressionTranslator(source, slots, brackets, _outcomes);
        var body = Code.Return(translator.Translate(expression)).At(translator.LocationOf(expression));
        _members.Add(Method(ClrTypes.Of(expression.Type), name, parameters.Declarations, [body]));
        _members.AddRange(brackets.Methods);
    }
}
