using System.Globalization;

namespace SunEs.Syntax.Tests;

/// <summary>Operator precedence and associativity, written as S-expressions of the built tree.</summary>
public sealed class ExpressionTests
{
    [Theory]
    [InlineData("a + b * c", "(+ a (* b c))")]
    [InlineData("a * b + c", "(+ (* a b) c)")]
    [InlineData("(a + b) * c", "(* (paren (+ a b)) c)")]
    [InlineData("a - b - c", "(- (- a b) c)")]
    [InlineData("a / b / c", "(/ (/ a b) c)")]
    [InlineData("a × b ÷ c", "(/ (* a b) c)")]
    [InlineData("-a * b", "(* (neg a) b)")]
    [InlineData("- - a", "(neg (neg a))")]
    [InlineData("non a et b", "(et (non a) b)")]
    [InlineData("non a = b", "(non (= a b))")]
    [InlineData("non non a", "(non (non a))")]
    [InlineData("a ou b et c", "(ou a (et b c))")]
    [InlineData("a et b ou c", "(ou (et a b) c)")]
    [InlineData("a < b et c >= d", "(et (< a b) (>= c d))")]
    [InlineData("a + 1 > b * 2", "(> (+ a 1) (* b 2))")]
    [InlineData("si c alors x sinon y + 1", "(si c x (+ y 1))")]
    [InlineData("si a et b alors x + 1 sinon y", "(si (et a b) (+ x 1) y)")]
    [InlineData("si a alors x sinon si b alors y sinon z", "(si a x (si b y z))")]
    [InlineData("10 % du forfait", "(de 10% forfait)")]
    [InlineData("10 % de a * b", "(* (de 10% a) b)")]
    [InlineData("a + 10 % de b", "(+ a (de 10% b))")]
    [InlineData("barème x jusqu'à 5 000 : 40 k€ au-delà : 90 k€", "(barème x [5000 : 40000€] sinon 90000€)")]
    [InlineData("barème lits jusqu'à 100 : 1 M€ jusqu'à 300 : 2 M€ au-delà : 3,5 M€", "(barème lits [100 : 1000000€] [300 : 2000000€] sinon 3500000€)")]
    [InlineData("barème a + b jusqu'à 1 + 1 : 2 + 2 au-delà : 3", "(barème (+ a b) [(+ 1 1) : (+ 2 2)] sinon 3)")]
    [InlineData("2 * barème x jusqu'à 1 : 2 au-delà : 3", "(* 2 (barème x [1 : 2] sinon 3))")]
    [InlineData("barème x jusqu'à 1 : 2 au-delà : 3 × x", "(barème x [1 : 2] sinon (* 3 x))")]
    [InlineData("barème x jusqu'à 1 : 2 au-delà : 3 × x plafonné à 10", "(barème x [1 : 2] sinon (AtMost (* 3 x) 10))")]
    [InlineData("barème x jusqu'à 1 : 2 × x au-delà : 3", "(barème x [1 : (* 2 x)] sinon 3)")]
    [InlineData("non D1 déjà financé et EX1.1 atteint en F2", "(et (non (D1 financé déjà)) (EX1.1 atteint en F2))")]
    [InlineData("D1 financé en fenêtre précédente ou x > 1", "(ou (D1 financé précédente) (> x 1))")]
    public void Precedence_and_associativity(string expression, string shape)
    {
        Assert.Equal(shape, Shape(Parse.Expression(expression)));
    }

    [Theory]
    [InlineData("a < b", BinaryOperator.Less)]
    [InlineData("a <= b", BinaryOperator.LessOrEqual)]
    [InlineData("a ≤ b", BinaryOperator.LessOrEqual)]
    [InlineData("a > b", BinaryOperator.Greater)]
    [InlineData("a >= b", BinaryOperator.GreaterOrEqual)]
    [InlineData("a ≥ b", BinaryOperator.GreaterOrEqual)]
    [InlineData("a = b", BinaryOperator.Equal)]
    [InlineData("a ≠ b", BinaryOperator.NotEqual)]
    [InlineData("a != b", BinaryOperator.NotEqual)]
    [InlineData("a <> b", BinaryOperator.NotEqual)]
    [InlineData("a ET b", BinaryOperator.And)]
    [InlineData("a OU b", BinaryOperator.Or)]
    [InlineData("10 % DU b", BinaryOperator.PercentOf)]
    public void Operators(string expression, BinaryOperator expected)
    {
        var binary = Assert.IsType<BinaryExpressionSyntax>(Parse.Expression(expression));

        Assert.Equal(expected, binary.Operator);
        Assert.Equal("b", Assert.IsType<NameExpressionSyntax>(binary.Right).Name.Text);
        var operatorText = expression.Split(' ')[^2];
        Assert.Equal(operatorText.Length, binary.OperatorSpan.Length);
    }

    [Fact]
    public void Forfait_is_a_reference_not_a_name()
    {
        Assert.IsType<ForfaitReferenceSyntax>(Parse.Expression("forfait"));
        Assert.Equal("forfait_d1", Assert.IsType<NameExpressionSyntax>(Parse.Expression("forfait_d1")).Name.Text);
    }

    [Fact]
    public void Accented_identifiers_are_names()
    {
        Assert.Equal("(et activité_chirurgie (> séjours 0))", Shape(Parse.Expression("activité_chirurgie et séjours > 0")));
    }

    internal static string Shape(ExpressionSyntax expression) => expression switch
    {
        BinaryExpressionSyntax binary => $"({Symbol(binary.Operator)} {Shape(binary.Left)} {Shape(binary.Right)})",
        UnaryExpressionSyntax { Operator: UnaryOperator.Not } not => $"(non {Shape(not.Operand)})",
        UnaryExpressionSyntax negation => $"(neg {Shape(negation.Operand)})",
        ParenthesizedExpressionSyntax parenthesized => $"(paren {Shape(parenthesized.Inner)})",
        ConditionalExpressionSyntax conditional => $"(si {Shape(conditional.Condition)} {Shape(conditional.WhenTrue)} {Shape(conditional.WhenFalse)})",
        BracketTableExpressionSyntax table =>
            $"(barème {Shape(table.Subject)} {string.Join(' ', table.Brackets.Select(bracket => $"[{Shape(bracket.UpTo)} : {Shape(bracket.Value)}]"))} sinon {Shape(table.Otherwise)})",
        NameExpressionSyntax name => name.Name.IsMissing ? "<missing name>" : name.Name.Text,
        ForfaitReferenceSyntax => "forfait",
        LiteralExpressionSyntax literal => literal.Kind switch
        {
            LiteralKind.Money => Number(literal.Number) + "€",
            LiteralKind.Percentage => Number(literal.Number) + "%",
            LiteralKind.Boolean => literal.Boolean ? "vrai" : "faux",
            LiteralKind.Text => $"\"{literal.Text}\"",
            LiteralKind.Date => literal.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "<invalid date>",
            LiteralKind.Duration => $"{Number(literal.Number)} {literal.DurationUnit}",
            _ => Number(literal.Number),
        },
        OutcomeExpressionSyntax outcome => $"({outcome.Subject.Text} {(outcome.Kind == OutcomeKind.Funded ? "financé" : "atteint")} {outcome.Reach switch
        {
            OutcomeReach.NamedWindow => $"en {outcome.Window?.Text}",
            OutcomeReach.PreviousWindow => "précédente",
            OutcomeReach.AnyEarlierWindow => "déjà",
            _ => "?",
        }})",
        MissingExpressionSyntax => "<missing>",
        _ => expression.GetType().Name,
    };

    private static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.PercentOf => "de",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.And => "et",
        BinaryOperator.Or => "ou",
        _ => op.ToString(),
    };
}
