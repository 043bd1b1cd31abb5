using SunEs.Text;

namespace SunEs.Syntax.Tests;

/// <summary>Every node covers exactly its text: no leading or trailing blank, comment or next token.</summary>
public sealed class SpanTests
{
    [Fact]
    public void Dotted_identifier_covers_exactly_its_characters()
    {
        var source = MarkedSource.Parse("programme P\n    volet V\n        domaine D\n            indicateur [|DS1.1|] \"Taux\"\n                oui/non\n");
        var tree = Parse.Clean(source.Text);

        var indicator = Parse.Single<IndicatorSyntax>(tree);
        Assert.Equal(source.Span, indicator.Name.Span);
        Assert.Equal(5, indicator.Name.Span.Length);
        Assert.Equal("DS1.1", indicator.Name.Text);
        Assert.Contains(tree.Tokens, token => token.Kind == SyntaxTokenKind.Identifier && token.Span == source.Span);
    }

    [Fact]
    public void Multi_line_label_covers_first_to_last_string()
    {
        var source = MarkedSource.Parse("programme P\n    volet V\n        domaine D\n            indicateur DS1.1 [|[|\"Taux de séjours\"|]   // commentaire\n                             [|\"au format CDA-R2.\"|]|]\n                oui/non\n");
        var tree = Parse.Clean(source.Text);

        var label = Parse.Single<IndicatorSyntax>(tree).Label;
        Assert.NotNull(label);
        Assert.Equal(source.Spans[0], label.Span);
        Assert.Equal([source.Spans[1], source.Spans[2]], label.Parts.Select(part => part.Span));
        Assert.Equal("Taux de séjours au format CDA-R2.", label.Text);
    }

    [Fact]
    public void Expression_and_operator_spans()
    {
        var source = MarkedSource.Parse(Parse.DomainPrefix + "[|[|a|] [|+|] [|[|b|] * [|c|]|]|]   // commentaire\n");
        var tree = Parse.Clean(source.Text);

        var sum = Assert.IsType<BinaryExpressionSyntax>(Parse.Single<ForfaitRuleSyntax>(tree).Expression);
        Assert.Equal(source.Spans[0], sum.Span);
        Assert.Equal(source.Spans[1], sum.Left.Span);
        Assert.Equal(source.Spans[2], sum.OperatorSpan);
        var product = Assert.IsType<BinaryExpressionSyntax>(sum.Right);
        Assert.Equal(source.Spans[3], product.Span);
        Assert.Equal(source.Spans[4], product.Left.Span);
        Assert.Equal(source.Spans[5], product.Right.Span);
    }

    [Fact]
    public void Parenthesized_expression_span_includes_parentheses()
    {
        var source = MarkedSource.Parse(Parse.DomainPrefix + "[|([|a + b|])|] * c\n");
        var tree = Parse.Clean(source.Text);

        var product = Assert.IsType<BinaryExpressionSyntax>(Parse.Single<ForfaitRuleSyntax>(tree).Expression);
        var parenthesized = Assert.IsType<ParenthesizedExpressionSyntax>(product.Left);
        Assert.Equal(source.Spans[0], parenthesized.Span);
        Assert.Equal(source.Spans[1], parenthesized.Inner.Span);
    }

    [Fact]
    public void Declaration_span_ends_at_its_last_token()
    {
        var source = MarkedSource.Parse("// en-tête\n[|fenêtre F1 \"Première\"\n    candidature [|du [|1er mars 2022|] au [|30/04/2022|]|]\n    jalon 2022-12-31|]   // fin\n\n[|donnée x : entier|]\n");
        var tree = Parse.Clean(source.Text);

        Assert.Equal([source.Spans[0], source.Spans[4]], tree.Root.Declarations.Select(declaration => declaration.Span));
        var period = Parse.Single<CandidacyPeriodSyntax>(tree).Period;
        Assert.Equal(source.Spans[1], period.Span);
        Assert.Equal(source.Spans[2], period.Start.Span);
        Assert.Equal(source.Spans[3], period.End.Span);
    }

    [Fact]
    public void Money_and_percentage_spans_include_their_unit()
    {
        var source = MarkedSource.Parse("programme P\n    enveloppe [|environ [|1,5 M€|]|]\n    volet V\n        dégressivité F1 [|90 %|]\n");
        var tree = Parse.Clean(source.Text);

        var amount = Parse.Single<EnvelopeSyntax>(tree).Amount;
        Assert.Equal(source.Spans[0], amount.Span);
        Assert.Equal(source.Spans[1], amount.Money.Span);
        Assert.Equal(source.Spans[2], Assert.Single(Parse.Single<DegressivitySyntax>(tree).Rates).Rate.Span);
    }

    [Fact]
    public void Spans_are_in_utf16_code_units_after_astral_characters()
    {
        // "𝔸" is two UTF-16 code units: spans after it must still land on the identifier.
        var source = MarkedSource.Parse("// 𝔸𝔹 😀\nprogramme [|P1|] \"😀\"\n    volet [|V1|]\n");
        var tree = Parse.Clean(source.Text);

        Assert.Equal(source.Spans[0], Parse.Single<ProgrammeSyntax>(tree).Name.Span);
        Assert.Equal(source.Spans[1], Parse.Single<VoletSyntax>(tree).Name.Span);
    }

    [Fact]
    public void Nodes_nest_inside_their_parents_and_follow_source_order()
    {
        foreach (var file in Parse.CorpusFiles())
        {
            var tree = Parse.Clean(File.ReadAllText(file));
            AssertNested(tree.Root, TextSpan.FromBounds(0, tree.Text.Length));
        }
    }

    [Fact]
    public void Find_node_returns_the_deepest_node_at_a_position()
    {
        var source = MarkedSource.Parse("programme P\n    volet V\n        domaine D\n            indicateur DS$$1.1\n                bonus 10 % du forfait\n");
        var tree = Parse.Clean(source.Text);

        var node = Assert.IsType<IdentifierSyntax>(tree.FindNode(Assert.Single(source.Positions)));
        Assert.Equal("DS1.1", node.Text);
    }

    private static void AssertNested(SyntaxNode node, TextSpan parent)
    {
        Assert.True(node.Span.Start >= parent.Start && node.Span.End <= parent.End, $"{node.GetType().Name} {node.Span} outside its parent {parent}");
        var previousEnd = node.Span.Start;
        foreach (var child in node.Children)
        {
            Assert.True(child.Span.Start >= previousEnd, $"{child.GetType().Name} {child.Span} starts before its previous sibling ends ({previousEnd})");
            previousEnd = child.Span.End;
            AssertNested(child, node.Span);
        }
    }
}
