using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// A file of its own for the assembly's attributes that depend on the compiler, not on the texts
/// (the version of SunEs that compiled them), so that the generated rules stay the same from one
/// version to the next and their baselines do not move with it.
/// </summary>
internal static class AssemblyInfoWriter
{
    public const string FileName = "SunEs.AssemblyInfo.cs";

    public static CompilationUnitSyntax Write(string compilerVersion)
    {
        var metadata = Attribute(Code.Name("System.Reflection.AssemblyMetadata"))
            .WithArgumentList(AttributeArgumentList(SeparatedList([
                AttributeArgument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(CompilerVersion.MetadataKey))),
                AttributeArgument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(compilerVersion))),
            ])));
        return CompilationUnit()
            .WithAttributeLists(SingletonList(AttributeList(SingletonSeparatedList(metadata))
                .WithTarget(AttributeTargetSpecifier(Token(SyntaxKind.AssemblyKeyword)))))
            .NormalizeWhitespace(eol: "\n");
    }
}
