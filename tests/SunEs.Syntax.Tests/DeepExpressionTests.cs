namespace SunEs.Syntax.Tests;

/// <summary>
/// Expressions nested or chained past the limit are reported as SUN0009, never overflow the
/// stack: also when a stray token between two runs of operators lets error recovery splice
/// the runs into one expression. Each case runs on its own thread with the default stack size,
/// as a language server's worker would.
/// </summary>
public sealed class DeepExpressionTests
{
    private const string TooComplex = "SUN0009";

    public static TheoryData<string, string> TooDeep() => new()
    {
        { "10 000 nested parentheses", Parse.DomainPrefix + Repeat("(", 10_000) + "1" + Repeat(")", 10_000) },
        { "20 000 chained additions", Parse.DomainPrefix + "1" + Repeat(" + 1", 20_000) },
        { "5 000 negations", Parse.DomainPrefix + Repeat("non ", 5_000) + "vrai" },
        { "10 000 unary minus", Parse.DomainPrefix + Repeat("- ", 10_000) + "1" },
        { "3 000 nested conditionals", Parse.DomainPrefix + Repeat("si a alors b sinon ", 3_000) + "c" },
        { "parentheses split by a stray keyword", Parse.DomainPrefix + Repeat(Repeat("(", 200) + " entier ", 50) },
        { "parentheses split by a stray comma", Parse.DomainPrefix + Repeat(Repeat("(", 200) + " , ", 50) },
        { "parentheses split by a stray colon", Parse.DomainPrefix + Repeat(Repeat("(", 200) + " : ", 50) },
        { "parentheses split by a declaration keyword", Parse.DomainPrefix + Repeat(Repeat("(", 200) + " programme ", 50) },
        { "additions split by a stray keyword", Parse.DomainPrefix + "1" + Repeat(" + entier 1", 20_000) },
        { "10 000 nested bracket tables", Parse.DomainPrefix + Repeat("barème x jusqu'à 1 : ", 10_000) + "2 au-delà : 3" },
        { "bracket tables nested in their thresholds", Parse.DomainPrefix + Repeat("barème x jusqu'à ", 10_000) + "1 : 2 au-delà : 3" },
        { "nested assignments in a test", "test \"t\"\n    données a = " + Repeat("(", 200) + Repeat(", b = ((", 500) },
        { "10 000 chained caps and floors", Parse.DomainPrefix + "1 €" + Repeat(" plafonné à 2 € au moins 1 €", 5_000) },
        { "10 000 nested min", Parse.DomainPrefix + Repeat("min(1 €, ", 10_000) + "2 €" + Repeat(")", 10_000) },
        { "a min of 10 000 arguments", Parse.DomainPrefix + "min(" + string.Join(", ", Enumerable.Repeat("1 €", 10_000)) + ")" },
        { "a value list of 10 000 values", Parse.DomainPrefix + "c parmi " + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"\"v{i}\"")) },
    };

    [Fact]
    public void A_long_category_declaration_is_no_expression()
    {
        var tree = ParseOnWorkerThread("donnée c : parmi " + string.Join(", ", Enumerable.Range(0, 1_000).Select(i => $"\"v{i}\"")) + " \"Catégorie\"\n", "a category of 1 000 values");

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(1_000, Assert.IsType<DataDeclarationSyntax>(Assert.Single(tree.Root.Declarations)).Values.Count);
    }

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Too_deep_expression_is_reported_not_overflowed(string description, string text)
    {
        var tree = ParseOnWorkerThread(text, description);

        Assert.Contains(tree.Diagnostics, diagnostic => diagnostic.Code == TooComplex);
        Assert.True(Depth(tree.Root) <= 4 * 256, $"{description}: tree {Depth(tree.Root)} deep");
        MissingNodeTests.AssertComplete(tree);
    }

    [Theory]
    [InlineData(10_000, "(", ")")]
    [InlineData(20_000, "+ 1", "")]
    [InlineData(5_000, "non", "")]
    public void A_long_run_is_reported_once(int count, string repeated, string closing)
    {
        var text = Parse.DomainPrefix + (repeated == "+ 1" ? "1 " : string.Empty) + Repeat(repeated + " ", count)
            + (repeated == "non" ? "vrai" : repeated == "(" ? "1" : string.Empty) + Repeat(closing, count) + "\n";

        var tree = ParseOnWorkerThread(text, repeated);

        Assert.Single(tree.Diagnostics, diagnostic => diagnostic.Code == TooComplex);
    }

    [Fact]
    public void Nested_bracket_tables_are_one_run()
    {
        var tree = ParseOnWorkerThread(Parse.DomainPrefix + Repeat("barème x jusqu'à 1 : ", 10_000) + "2 au-delà : 3\n", "nested bracket tables");

        // The hidden rest leaves the last table unfinished: one more error at the end of the text.
        Assert.Single(tree.Diagnostics, diagnostic => diagnostic.Code == TooComplex);
        Assert.Equal(2, tree.Diagnostics.Count);
    }

    [Fact]
    public void Nesting_within_the_limit_is_parsed_whole()
    {
        var tree = ParseOnWorkerThread(Parse.DomainPrefix + Repeat("(", 200) + "a + 1" + Repeat(")", 200) + "\n", "200 parentheses");

        Assert.Empty(tree.Diagnostics);
        var expression = Parse.Single<ForfaitRuleSyntax>(tree).Expression;
        for (var level = 0; level < 200; level++)
        {
            expression = Assert.IsType<ParenthesizedExpressionSyntax>(expression).Inner;
        }

        Assert.Equal("(+ a 1)", ExpressionTests.Shape(expression));
    }

    private static SyntaxTree ParseOnWorkerThread(string text, string description)
    {
        SyntaxTree? tree = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                tree = Parse.Text(text);
                _ = Depth(tree.Root);
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        });
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(30)), $"{description}: still parsing after 30 s");
        Assert.Null(failure);
        return Assert.IsType<SyntaxTree>(tree);
    }

    /// <summary>The depth of the tree, walked with an explicit stack so that measuring it cannot overflow.</summary>
    private static int Depth(SyntaxNode root)
    {
        var deepest = 0;
        var pending = new Stack<(SyntaxNode Node, int Depth)>([(root, 1)]);
        while (pending.TryPop(out var entry))
        {
            deepest = Math.Max(deepest, entry.Depth);
            foreach (var child in entry.Node.Children)
            {
                pending.Push((child, entry.Depth + 1));
            }
        }

        return deepest;
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
