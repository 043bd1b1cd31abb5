using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SunEs.Semantics;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// Writes each "barème" as a helper method: one "if (subject ≤ bound) return value;" per
/// bracket, each on the line of its bracket, then the "au-delà" value.
/// </summary>
internal sealed class BracketTableWriter(string methodPrefix, FormulaParameters formula)
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
        _methods[index] = FormulaWriter.Method(ClrTypes.Of(table.Type), name,
            [.. formula.Declarations, Code.Parameter(ClrTypes.Of(table.Subject.Type), "subject")], statements);
        return Code.Call(name, [.. formula.Arguments, translator.Translate(table.Subject)]);
    }
}
