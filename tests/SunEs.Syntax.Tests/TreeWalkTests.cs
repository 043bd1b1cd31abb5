namespace SunEs.Syntax.Tests;

public sealed class TreeWalkTests
{
    [Fact]
    public void Descendants_come_in_source_order_parents_first()
    {
        var tree = Parse.Clean("""
            programme P
                volet V
                    domaine D
                        forfait = (1 + 2) × 3
                        indicateur I
            fenêtre F1
                jalon 2022-03-31
            """);

        var walked = tree.Root.DescendantsAndSelf().ToList();

        Assert.Equal(Recursive(tree.Root), walked);
        Assert.Same(tree.Root, walked[0]);
        Assert.True(walked.Count > 10);
    }

    [Fact]
    public void A_deeply_parenthesised_expression_is_walked_node_by_node()
    {
        var depth = 200;
        var expression = Parse.Expression(new string('(', depth) + "1" + new string(')', depth));

        Assert.Equal(depth + 1, expression.DescendantsAndSelf().Count());
    }

    private static List<SyntaxNode> Recursive(SyntaxNode node) => [node, .. node.Children.SelectMany(Recursive)];
}
