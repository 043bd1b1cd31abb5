namespace SunEs.Syntax.Tests;

/// <summary>French numbers, amounts, percentages and dates read to their exact values.</summary>
public sealed class LiteralTests
{
    [Theory]
    [InlineData("12 000 €", 12_000)]
    [InlineData("12\u00A0000 €", 12_000)]
    [InlineData("12\u202F000 €", 12_000)]
    [InlineData("1 234 567 €", 1_234_567)]
    [InlineData("1,5 M€", 1_500_000)]
    [InlineData("1.5 M€", 1_500_000)]
    [InlineData("1,5 m€", 1_500_000)]
    [InlineData("40 k€", 40_000)]
    [InlineData("40 K€", 40_000)]
    [InlineData("4,96 M€", 4_960_000)]
    [InlineData("0,01 €", 0.01)]
    [InlineData("12 euros", 12)]
    [InlineData("12 euro", 12)]
    [InlineData("12 EUR", 12)]
    [InlineData("12 000,50 €", 12_000.5)]
    public void Money(string text, double expected)
    {
        var envelope = Parse.Single<EnvelopeSyntax>(Parse.Clean($"programme P\n    enveloppe {text}\n"));

        Assert.Equal((decimal)expected, envelope.Amount.Money.Euros);
        Assert.False(envelope.Amount.IsApproximate);
    }

    [Fact]
    public void Money_expression_literal()
    {
        var literal = Assert.IsType<LiteralExpressionSyntax>(Parse.Expression("1,5 M€"));

        Assert.Equal(LiteralKind.Money, literal.Kind);
        Assert.Equal(1_500_000m, literal.Number);
    }

    [Theory]
    [InlineData("49 %", 49)]
    [InlineData("49,5 %", 49.5)]
    [InlineData("100%", 100)]
    [InlineData("0 %", 0)]
    public void Percentages_are_points(string text, double points)
    {
        var rate = Assert.Single(Parse.Single<DegressivitySyntax>(Parse.Clean($"programme P\n    volet V\n        dégressivité F1 {text}\n")).Rates);

        Assert.Equal((decimal)points, rate.Rate.Points);
    }

    [Fact]
    public void Percentage_expression_literal_has_points()
    {
        var literal = Assert.IsType<LiteralExpressionSyntax>(Parse.Expression("49 %"));

        Assert.Equal(LiteralKind.Percentage, literal.Kind);
        Assert.Equal(49m, literal.Number);
    }

    [Fact]
    public void Grid_cells()
    {
        var grid = Parse.Single<TargetGridSyntax>(Parse.Clean("cibles du volet V1\n    fenêtres F1 F2 F3 F4\n    DS1.1 50 % 60,5 % / oui\n    DS1.2 non / / 90 %\n"));

        Assert.Equal(["F1", "F2", "F3", "F4"], grid.Windows.Select(window => window.Text));
        Assert.Equal(["DS1.1", "DS1.2"], grid.Rows.Select(row => row.Indicator.Text));
        Assert.Equal([GridCellKind.Percentage, GridCellKind.Percentage, GridCellKind.NoTarget, GridCellKind.Yes], grid.Rows[0].Cells.Select(cell => cell.Kind));
        Assert.Equal([50m, 60.5m], grid.Rows[0].Cells.Take(2).Select(cell => cell.Percentage!.Points));
        Assert.Equal([GridCellKind.No, GridCellKind.NoTarget, GridCellKind.NoTarget, GridCellKind.Percentage], grid.Rows[1].Cells.Select(cell => cell.Kind));
    }

    [Theory]
    [InlineData("12", LiteralKind.Integer, 12)]
    [InlineData("12 000", LiteralKind.Integer, 12_000)]
    [InlineData("1,5", LiteralKind.Decimal, 1.5)]
    [InlineData("1.25", LiteralKind.Decimal, 1.25)]
    [InlineData("0,000 1", LiteralKind.Decimal, 0)]
    public void Numbers(string text, LiteralKind kind, double expected)
    {
        // "0,000 1" is the number 0,000 followed by 1: only the first literal is the forfait.
        var expression = text == "0,000 1"
            ? Parse.Single<ForfaitRuleSyntax>(Parse.Text(Parse.DomainPrefix + text)).Expression
            : Parse.Expression(text);
        var literal = Assert.IsType<LiteralExpressionSyntax>(expression);

        Assert.Equal(kind, literal.Kind);
        Assert.Equal((decimal)expected, literal.Number);
    }

    [Theory]
    [InlineData("3 mois", 3, DurationUnit.Months)]
    [InlineData("15 jours", 15, DurationUnit.Days)]
    [InlineData("1 jour", 1, DurationUnit.Days)]
    [InlineData("2 semaines", 2, DurationUnit.Weeks)]
    public void Durations(string text, int amount, DurationUnit unit)
    {
        var literal = Assert.IsType<LiteralExpressionSyntax>(Parse.Expression(text));

        Assert.Equal(LiteralKind.Duration, literal.Kind);
        Assert.Equal(amount, literal.Number);
        Assert.Equal(unit, literal.DurationUnit);
    }

    [Theory]
    [InlineData("oui", true)]
    [InlineData("vrai", true)]
    [InlineData("VRAI", true)]
    [InlineData("non", false)]
    [InlineData("faux", false)]
    public void Booleans(string text, bool expected)
    {
        var literal = Assert.IsType<LiteralExpressionSyntax>(Parse.Expression(text));

        Assert.Equal(LiteralKind.Boolean, literal.Kind);
        Assert.Equal(expected, literal.Boolean);
    }

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("\"a\\nb\"", "a\nb")]
    [InlineData("\"a\\tb\"", "a\tb")]
    [InlineData("\"a\\\\\"", "a\\")]
    [InlineData("\"\\\"\"", "\"")]
    [InlineData("« Île-de-France »", " Île-de-France ")]
    [InlineData("\"\"", "")]
    public void Texts(string text, string expected)
    {
        var literal = Assert.IsType<LiteralExpressionSyntax>(Parse.Expression(text));

        Assert.Equal(LiteralKind.Text, literal.Kind);
        Assert.Equal(expected, literal.Text);
    }

    [Theory]
    [InlineData("2021-07-26", 2021, 7, 26)]
    [InlineData("26/07/2021", 2021, 7, 26)]
    [InlineData("6/7/2021", 2021, 7, 6)]
    [InlineData("26 juillet 2021", 2021, 7, 26)]
    [InlineData("26 JUILLET 2021", 2021, 7, 26)]
    [InlineData("1er mars 2022", 2022, 3, 1)]
    [InlineData("1ER MARS 2022", 2022, 3, 1)]
    [InlineData("1 mars 2022", 2022, 3, 1)]
    [InlineData("01 mars 2022", 2022, 3, 1)]
    [InlineData("3 février 2022", 2022, 2, 3)]
    [InlineData("3 fevrier 2022", 2022, 2, 3)]
    [InlineData("1er août 2022", 2022, 8, 1)]
    [InlineData("1er aout 2022", 2022, 8, 1)]
    [InlineData("31 décembre 2022", 2022, 12, 31)]
    [InlineData("31 decembre 2022", 2022, 12, 31)]
    [InlineData("29 février 2024", 2024, 2, 29)]
    [InlineData("26\u00A0juillet\u00A02021", 2021, 7, 26)]
    public void Dates_in_every_form(string text, int year, int month, int day)
    {
        var tree = Parse.Clean($"fenêtre F1\n    jalon {text}\n");
        var milestone = Parse.Single<MilestoneSyntax>(tree);

        Assert.Equal(new DateOnly(year, month, day), milestone.Date.Value);
        Assert.False(milestone.Date.IsUnknown);
        Assert.Equal(text, tree.Text[milestone.Date.Span]);
    }

    [Fact]
    public void Date_expression_literal()
    {
        var literal = Assert.IsType<LiteralExpressionSyntax>(Parse.Expression("1er mars 2022"));

        Assert.Equal(LiteralKind.Date, literal.Kind);
        Assert.Equal(new DateOnly(2022, 3, 1), literal.Date);
    }

    [Theory]
    [InlineData("inconnu")]
    [InlineData("inconnue")]
    [InlineData("INCONNUE")]
    public void Unknown_date(string text)
    {
        var milestone = Parse.Single<MilestoneSyntax>(Parse.Clean($"fenêtre F1\n    jalon {text}\n"));

        Assert.True(milestone.Date.IsUnknown);
        Assert.Null(milestone.Date.Value);
    }

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("30/02/2021")]
    [InlineData("31 avril 2022")]
    [InlineData("29 février 2023")]
    [InlineData("2021-13-01")]
    [InlineData("2021-00-10")]
    [InlineData("0/1/2021")]
    [InlineData("0000-01-01")]
    public void Invalid_date_is_reported_once_with_its_span(string text)
    {
        var source = MarkedSource.Parse($"fenêtre F1\n    jalon [|{text}|]\n    report vers F2\n");
        var tree = Parse.Text(source.Text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("SUN0006", diagnostic.Code);
        Assert.Equal(source.Span, diagnostic.Location.Span);
        Assert.Contains(text, diagnostic.GetMessage(Diagnostics.MessageLanguage.French), StringComparison.Ordinal);
        Assert.Null(Parse.Single<MilestoneSyntax>(tree).Date.Value);
        Assert.Equal("F2", Parse.Single<PostponementSyntax>(tree).Target.Text);
    }

    [Fact]
    public void Invalid_date_in_an_expression_is_reported()
    {
        var tree = Parse.Text(Parse.DomainPrefix + "2021-02-30\n");

        Assert.Equal("SUN0006", Assert.Single(tree.Diagnostics).Code);
        Assert.Null(Assert.IsType<LiteralExpressionSyntax>(Parse.Single<ForfaitRuleSyntax>(tree).Expression).Date);
    }

    [Theory]
    [InlineData("99999999999999999999999999999999 €")]
    [InlineData("79 228 162 514 264 337 593 543 950 335 M€")]
    [InlineData("100 000,00000000000000000000000001 €")]
    [InlineData("0,99999999999999999999999999999 €")]
    public void Number_too_large_or_too_precise_is_reported_not_thrown_nor_rounded(string text)
    {
        var source = MarkedSource.Parse($"programme P\n    enveloppe [|{text}|]\n");
        var tree = Parse.Text(source.Text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("SUN0005", diagnostic.Code);
        Assert.Equal(source.Span.Start, diagnostic.Location.Span.Start);
        Assert.True(diagnostic.Location.Span.End <= source.Span.End, $"{diagnostic.Location.Span} ends after {source.Span}");
        Assert.Equal(0m, Parse.Single<EnvelopeSyntax>(tree).Amount.Money.Euros);
    }
}
