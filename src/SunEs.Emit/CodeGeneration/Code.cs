using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// Small builders over <see cref="SyntaxFactory"/>. Identifiers passed here are SunEs's own
/// (runtime types, generated member names); text from the instructions only ever goes through
/// <see cref="String"/>, which makes an escaped string literal.
/// </summary>
internal static class Code
{
    public static NameSyntax Name(string dotted)
    {
        var parts = dotted.Split('.');
        NameSyntax name = IdentifierName(parts[0]);
        foreach (var part in parts.Skip(1))
        {
            name = QualifiedName(name, IdentifierName(part));
        }

        return name;
    }

    public static IdentifierNameSyntax Id(string name) => IdentifierName(name);

    public static TypeSyntax Type(string name) => name switch
    {
        "decimal" => PredefinedType(Token(SyntaxKind.DecimalKeyword)),
        "bool" => PredefinedType(Token(SyntaxKind.BoolKeyword)),
        "string" => PredefinedType(Token(SyntaxKind.StringKeyword)),
        "int" => PredefinedType(Token(SyntaxKind.IntKeyword)),
        "void" => PredefinedType(Token(SyntaxKind.VoidKeyword)),
        _ => Name(name),
    };

    public static TypeSyntax Nullable(string name) => NullableType(Type(name));

    public static ExpressionSyntax String(string? value) =>
        value is null ? Null : LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value));

    public static ExpressionSyntax Null => LiteralExpression(SyntaxKind.NullLiteralExpression);

    public static ExpressionSyntax Bool(bool value) => LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);

    public static ExpressionSyntax Int(int value) =>
        value < 0 ? PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, Int(-value)) : LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static ExpressionSyntax Decimal(decimal value) =>
        value < 0
            ? ParenthesizedExpression(PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, Decimal(-value)))
            : LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static ExpressionSyntax Date(DateOnly date) => New("DateOnly", Int(date.Year), Int(date.Month), Int(date.Day));

    public static ExpressionSyntax Date(DateOnly? date) => date is { } value ? Date(value) : Null;

    public static ExpressionSyntax Enum(string type, string member) => Member(Name(type), member);

    public static ObjectCreationExpressionSyntax New(string type, params ExpressionSyntax[] arguments) =>
        ObjectCreationExpression(Type(type)).WithArgumentList(Arguments(arguments));

    public static ExpressionSyntax Array(string elementType, IEnumerable<ExpressionSyntax> elements) =>
        ArrayCreationExpression(ArrayOf(elementType)).WithInitializer(InitializerExpression(SyntaxKind.ArrayInitializerExpression, SeparatedList(elements)));

    /// <summary>T[].</summary>
    public static ArrayTypeSyntax ArrayOf(string elementType) =>
        ArrayType(Type(elementType)).WithRankSpecifiers(SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression()))));

    /// <summary>target[index].</summary>
    public static ExpressionSyntax Element(ExpressionSyntax target, int index) =>
        ElementAccessExpression(target).WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(Int(index)))));

    public static ExpressionSyntax And(ExpressionSyntax left, ExpressionSyntax right) => BinaryExpression(SyntaxKind.LogicalAndExpression, left, right);

    public static ExpressionSyntax Strings(IEnumerable<string> values) => Array("string", values.Select(value => String(value)));

    public static MemberAccessExpressionSyntax Member(ExpressionSyntax target, string member) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, IdentifierName(member));

    public static InvocationExpressionSyntax Call(ExpressionSyntax target, string method, params ExpressionSyntax[] arguments) =>
        InvocationExpression(Member(target, method)).WithArgumentList(Arguments(arguments));

    public static InvocationExpressionSyntax Call(string method, params ExpressionSyntax[] arguments) =>
        InvocationExpression(IdentifierName(method)).WithArgumentList(Arguments(arguments));

    public static ExpressionSyntax Binary(SyntaxKind kind, ExpressionSyntax left, ExpressionSyntax right) =>
        ParenthesizedExpression(BinaryExpression(kind, left, right));

    /// <summary>a || b || …, parenthesized when there are several; false when empty.</summary>
    public static ExpressionSyntax AnyOf(IEnumerable<ExpressionSyntax> terms)
    {
        var list = terms.ToList();
        return list.Count switch
        {
            0 => Bool(false),
            1 => list[0],
            _ => ParenthesizedExpression(list.Skip(1).Aggregate(list[0], (all, term) => BinaryExpression(SyntaxKind.LogicalOrExpression, all, term))),
        };
    }

    /// <summary>!operand, parenthesizing an operand that binds looser than "!".</summary>
    public static ExpressionSyntax Not(ExpressionSyntax operand) =>
        PrefixUnaryExpression(SyntaxKind.LogicalNotExpression,
            operand is ParenthesizedExpressionSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax or IdentifierNameSyntax or LiteralExpressionSyntax
                ? operand
                : ParenthesizedExpression(operand));

    public static ExpressionSyntax Equal(ExpressionSyntax left, ExpressionSyntax right) => BinaryExpression(SyntaxKind.EqualsExpression, left, right);

    /// <summary>value switch { 0 => a, 1 => b, _ => null }.</summary>
    public static ExpressionSyntax SwitchOnSlot(ExpressionSyntax value, IEnumerable<(int Slot, ExpressionSyntax Result)> arms)
    {
        var list = arms.Select(arm => SwitchExpressionArm(ConstantPattern(Int(arm.Slot)), arm.Result))
            .Append(SwitchExpressionArm(DiscardPattern(), Null))
            .ToList();
        return list.Count == 1 ? Null : SwitchExpression(value, SeparatedList(list));
    }

    public static StatementSyntax Statement(ExpressionSyntax expression) => ExpressionStatement(expression);

    public static StatementSyntax Local(string name, ExpressionSyntax value) =>
        LocalDeclarationStatement(VariableDeclaration(IdentifierName("var")).AddVariables(VariableDeclarator(name).WithInitializer(EqualsValueClause(value))));

    public static StatementSyntax Return(ExpressionSyntax? value = null) => ReturnStatement(value);

    public static StatementSyntax If(ExpressionSyntax condition, StatementSyntax then) => IfStatement(condition, then);

    public static FieldDeclarationSyntax Field(string modifiers, string type, string name, ExpressionSyntax value) => Field(modifiers, Type(type), name, value);

    public static FieldDeclarationSyntax Field(string modifiers, TypeSyntax type, string name, ExpressionSyntax value) =>
        FieldDeclaration(VariableDeclaration(type).AddVariables(VariableDeclarator(name).WithInitializer(EqualsValueClause(value))))
            .WithModifiers(Modifiers(modifiers));

    public static ParameterSyntax Parameter(string type, string name) => SyntaxFactory.Parameter(Identifier(name)).WithType(Type(type));

    public static SyntaxTokenList Modifiers(string modifiers) =>
        TokenList(modifiers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(modifier => Token(modifier switch
        {
            "public" => SyntaxKind.PublicKeyword,
            "internal" => SyntaxKind.InternalKeyword,
            "private" => SyntaxKind.PrivateKeyword,
            "static" => SyntaxKind.StaticKeyword,
            "readonly" => SyntaxKind.ReadOnlyKeyword,
            "sealed" => SyntaxKind.SealedKeyword,
            _ => throw new ArgumentOutOfRangeException(nameof(modifiers), modifier, "unknown modifier"),
        })));

    private static ArgumentListSyntax Arguments(IEnumerable<ExpressionSyntax> arguments) => ArgumentList(SeparatedList(arguments.Select(Argument)));
}
