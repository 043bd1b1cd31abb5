using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SunEs.Semantics;
using R = SunEs.Runtime;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// Writes each "barème" as a helper method: one "if (subject ≤ bound) return value;" per
/// bracket, each on the line of its bracket, then the "au-delà" value.
/// </summary>
internal sealed class BracketTableWriter(string methodPrefix, bool withForfait)
{
    private readonly List<MemberDeclarationSyntax> _methods = [];

    public IReadOnlyList<MemberDeclarationSyntax> Methods => _methods;

    public ExpressionSyntax Call(BoundBracketTable table, ExpressionTranslator translator)
    {
        var name = $"{methodPrefix}Bracket{_methods.Count}";
        _methods.Add(null!);
        var index = _methods.Count - 1;
        var subject = Code.Id("subject");
        var statements = table.Brackets
            .Select(bracket => Code.If(Code.Binary(SyntaxKind.LessThanOrEqualExpression, subject, translator.Translate(bracket.UpTo)),
                    Code.Return(translator.Translate(bracket.Value)).At(translator.LocationOf(bracket.Value)))
                .At(translator.LocationOf(bracket.UpTo)))
            .Append(Code.Return(translator.Translate(table.Otherwise)).At(translator.LocationOf(table.Otherwise)))
            .ToList();
        var parameters = new List<ParameterSyntax> { Code.Parameter(nameof(R.Candidacy), "candidacy") };
        if (withForfait)
        {
            parameters.Add(Code.Parameter("decimal", "forfait"));
        }

        parameters.Add(Code.Parameter(ClrTypes.Of(table.Subject.Type), "subject"));
        _methods[index] = FormulaWriter.Method(ClrTypes.Of(table.Type), name, parameters, statements);
        var arguments = new List<ExpressionSyntax> { ExpressionTranslator.Candidacy };
        if (withForfait)
        {
            arguments.Add(ExpressionTranslator.Forfait);
        }

        arguments.Add(translator.Translate(table.Subject));
        return Code.Call(name, [.. arguments]);
    }
}
