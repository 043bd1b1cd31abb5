namespace SunEs.Syntax.Tests;

/// <summary>
/// A clean text is parsed as it is read, declaration by declaration and a programme volet by volet;
/// a text with a syntax error is parsed again whole, with recovery. Both must build the same tree.
/// </summary>
public sealed class StreamedParseTests
{
    public static TheoryData<string> CorpusFiles() => [.. Parse.CorpusFiles().Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void A_text_read_piece_by_piece_has_the_tree_of_the_whole_parse(string file)
    {
        var text = File.ReadAllText(Path.Combine(Parse.RepositoryRoot(), "instructions", file));
        var streamed = Parse.Text(text);
        // A broken last line sends the whole text through the recovery parse.
        var whole = Parse.Text(text + "\nfenêtre\n    jalon\n");

        Assert.DoesNotContain(streamed.Diagnostics, diagnostic => diagnostic.IsError);
        Assert.Contains(whole.Diagnostics, diagnostic => diagnostic.Location.Span.Start >= text.Length);
        Assert.Equal(Shape(streamed.Root.Declarations), Shape(whole.Root.Declarations.Take(streamed.Root.Declarations.Count)));
        Assert.Equal(streamed.Tokens, whole.Tokens.Take(streamed.Tokens.Count));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("§")]
    [InlineData("programme")]
    [InlineData("volet V")]
    [InlineData("programme P\n    volet V\n        domaine")]
    [InlineData("programme P\n    volet V\n        domaine D\n            forfait = (((")]
    [InlineData("fenêtre F1\n    jalon 31/12/2024\nprogramme P\n    volet")]
    public void A_text_that_fails_while_read_piece_by_piece_is_parsed_again_whole(string text)
    {
        var tree = Parse.Text(text);

        Assert.Equal(text.Length, tree.Root.Span.End);
        Assert.All(tree.Diagnostics, diagnostic => Assert.True(diagnostic.Location.Span.End <= text.Length));
    }

    /// <summary>Every node under the declarations, by kind, span and the text of names and keywords.</summary>
    private static List<string> Shape(IEnumerable<SyntaxNode> declarations) =>
        declarations.SelectMany(declaration => declaration.DescendantsAndSelf())
            .Select(node => $"{node.GetType().Name} {node.Span} {(node as IdentifierSyntax)?.Text ?? (node as KeywordSyntax)?.Text}")
            .ToList();
}
