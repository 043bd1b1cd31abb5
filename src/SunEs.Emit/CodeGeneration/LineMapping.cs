using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Location = SunEs.Text.Location;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// #line directives that tie generated statements to the instruction lines they implement, so
/// the PDB's sequence points, and therefore stack traces and debuggers, land in the .sunes text.
/// Every generated statement and member starts with one: a mapped line, or "hidden".
/// </summary>
internal static class LineMapping
{
    public static SyntaxTrivia Hidden { get; } = Trivia(LineDirectiveTrivia(Token(SyntaxKind.HiddenKeyword), isActive: true));

    public static SyntaxTrivia Default { get; } = Trivia(LineDirectiveTrivia(Token(SyntaxKind.DefaultKeyword), isActive: true));

    public static SyntaxTrivia To(Location location) =>
        Trivia(LineDirectiveTrivia(Literal(location.Start.Line + 1), Literal(location.Source.Path), isActive: true));

    /// <summary>The statement, mapped to the line of <paramref name="location"/>, or hidden when there is none.</summary>
    public static StatementSyntax At(this StatementSyntax statement, Location? location) =>
        statement.WithLeadingTrivia(location is null ? Hidden : To(location));

    public static StatementSyntax Hide(this StatementSyntax statement) => statement.WithLeadingTrivia(Hidden);

    public static TMember Hide<TMember>(this TMember member)
        where TMember : MemberDeclarationSyntax => member.WithLeadingTrivia(Hidden);

    /// <summary>A method body whose closing brace is hidden, so it does not inherit the last statement's line.</summary>
    public static BlockSyntax Body(IEnumerable<StatementSyntax> statements) =>
        Block(statements).WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(Hidden));

    /// <summary>A nested block whose statements all map to one line.</summary>
    public static BlockSyntax BlockAt(Location? location, params StatementSyntax[] statements) =>
        Body(statements.Select(statement => statement.At(location)));
}
