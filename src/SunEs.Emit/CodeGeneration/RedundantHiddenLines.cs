using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// Drops a "#line hidden" that follows another one: writers hide every statement they do not
/// map, which is simple and safe, and this keeps only the directives that change something.
/// </summary>
internal sealed class RedundantHiddenLines() : CSharpSyntaxRewriter(visitIntoStructuredTrivia: false)
{
    private bool _hidden;

    public static CompilationUnitSyntax Remove(CompilationUnitSyntax unit) => (CompilationUnitSyntax)new RedundantHiddenLines().Visit(unit);

    public override SyntaxTrivia VisitTrivia(SyntaxTrivia trivia)
    {
        if (trivia.GetStructure() is LineDirectiveTriviaSyntax directive)
        {
            var hidden = directive.Line.IsKind(SyntaxKind.HiddenKeyword);
            if (hidden && _hidden)
            {
                return default;
            }

            _hidden = hidden;
        }

        return trivia;
    }
}
