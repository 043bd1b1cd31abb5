using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SunEs.Emit.Planning;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using R = SunEs.Runtime;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// The public "ProgrammeRules" class implementing IProgrammeRules: Evaluate picks the latest
/// epoch starting on or before the date, and fails clearly before the first; without a detail
/// asked, it records the decision in full.
/// </summary>
internal static class RulesClassWriter
{
    public const string ClassName = "ProgrammeRules";

    public static ClassDeclarationSyntax Write(ProgrammePlan plan)
    {
        var candidacy = ExpressionTranslator.Candidacy;
        var asOf = Code.Id("asOf");
        var detail = Code.Id("detail");
        var establishment = Code.Member(candidacy, nameof(R.Candidacy.Establishment));
        var dispatch = plan.Epochs.Reverse()
            .Select(epoch => Code.If(BinaryExpression(SyntaxKind.GreaterThanOrEqualExpression, asOf, Code.Date(epoch.StartsOn)),
                Code.Return(Code.Call(Code.Id(epoch.ClassName), "Evaluate", ThisExpression(), candidacy, asOf, detail)).Hide()).Hide())
            .ToList();
        var guarded = TryStatement(
            LineMapping.Body(dispatch),
            SingletonList(CatchClause(CatchDeclaration(Code.Type("OverflowException"), Identifier("overflow")), null,
                LineMapping.Body([ThrowStatement(Code.Call(Code.Id(nameof(R.EvaluationException)), nameof(R.EvaluationException.Overflow), establishment, Code.Id("overflow"))).Hide()]))),
            null).Hide();
        var evaluateInFull = MethodDeclaration(Code.Type(nameof(R.Decision)), nameof(R.IProgrammeRules.Evaluate))
            .WithModifiers(Code.Modifiers("public"))
            .WithParameterList(ParameterList(SeparatedList([Code.Parameter(nameof(R.Candidacy), "candidacy"), Code.Parameter("DateOnly", "asOf")])))
            .WithBody(LineMapping.Body([
                Code.Return(Code.Call(ThisExpression(), nameof(R.IProgrammeRules.Evaluate), candidacy, asOf,
                    Code.Member(Code.Id(nameof(R.DecisionDetail)), nameof(R.DecisionDetail.Full)))).Hide(),
            ]))
            .Hide();
        var evaluate = MethodDeclaration(Code.Type(nameof(R.Decision)), nameof(R.IProgrammeRules.Evaluate))
            .WithModifiers(Code.Modifiers("public"))
            .WithParameterList(ParameterList(SeparatedList([Code.Parameter(nameof(R.Candidacy), "candidacy"), Code.Parameter("DateOnly", "asOf"),
                Code.Parameter(nameof(R.DecisionDetail), "detail")])))
            .WithBody(LineMapping.Body([
                Code.Statement(Code.Call(Code.Id("ArgumentNullException"), "ThrowIfNull", candidacy)).Hide(),
                Code.Statement(Code.Call(candidacy, nameof(R.Candidacy.EnsureSchema), Code.Member(Code.Id(MetadataClassWriter.ClassName), "Schema"))).Hide(),
                guarded,
                ThrowStatement(Code.Call(Code.Id(nameof(R.EvaluationException)), nameof(R.EvaluationException.NoRulesInForce), establishment, asOf, Code.Date(plan.Epochs[0].StartsOn))).Hide(),
            ]))
            .Hide();
        return ClassDeclaration(ClassName)
            .WithModifiers(Code.Modifiers("public sealed"))
            .WithBaseList(BaseList(SingletonSeparatedList<BaseTypeSyntax>(SimpleBaseType(Code.Type(nameof(R.IProgrammeRules))))))
            .WithMembers(List<MemberDeclarationSyntax>([
                Property(nameof(R.ProgrammeInfo), nameof(R.IProgrammeRules.Programme), Code.Member(Code.Id(MetadataClassWriter.ClassName), "Programme")),
                Property(nameof(R.CandidacySchema), nameof(R.IProgrammeRules.Schema), Code.Member(Code.Id(MetadataClassWriter.ClassName), "Schema")),
                evaluateInFull,
                evaluate,
            ]))
            .Hide();
    }

    private static PropertyDeclarationSyntax Property(string type, string name, ExpressionSyntax value) =>
        PropertyDeclaration(Code.Type(type), name)
            .WithModifiers(Code.Modifiers("public"))
            .WithExpressionBody(ArrowExpressionClause(value))
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken))
            .Hide();
}
