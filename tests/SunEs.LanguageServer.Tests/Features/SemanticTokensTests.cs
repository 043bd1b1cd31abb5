using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

public class SemanticTokensTests
{
    /// <summary>Decodes the relative encoding into (text, type, modifiers) per token.</summary>
    private static List<(string Text, string Type, string[] Modifiers)> Decode(FeatureContext context)
    {
        var data = SemanticTokensService.Tokens(context.Tree, context.Compilation).Data;
        Assert.Equal(0, data.Count % 5);
        var result = new List<(string, string, string[])>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Count; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            var offset = context.Text.GetOffset(new SunEs.Text.LinePosition(line, character));
            var modifiers = SemanticTokensService.TokenModifiers.Where((_, bit) => (data[i + 4] & (1 << bit)) != 0).ToArray();
            result.Add((context.Text.Content.Substring(offset, data[i + 2]), SemanticTokensService.TokenTypes[data[i + 3]], modifiers));
        }

        return result;
    }

    [Fact]
    public void Tokens_classify_keywords_identifiers_by_kind_literals_and_comments()
    {
        var source = Samples.B.Replace("fenêtre F2 modifiée", "// a comment\nfenêtre F2 modifiée") + "/* two\nlines */\n";
        var (context, _) = TestWorkspace.At(source + "$0", ("a.sunes", Samples.A));
        var tokens = Decode(context);

        Assert.Contains(tokens, t => t.Text == "instruction" && t.Type == "keyword" && t.Modifiers.Length == 0);
        Assert.Contains(tokens, t => t.Text == "\"TEST/2024/2\"" && t.Type == "string" && t.Modifiers.Length == 0);
        Assert.Contains(tokens, t => t.Text == "2024-06-01" && t.Type == "date" && t.Modifiers.Length == 0);
        Assert.Contains(tokens, t => t.Text == "// a comment" && t.Type == "comment" && t.Modifiers.Length == 0);
        Assert.Contains(tokens, t => t.Text == "/* two" && t.Type == "comment" && t.Modifiers.Length == 0);
        Assert.Contains(tokens, t => t.Text == "lines */" && t.Type == "comment" && t.Modifiers.Length == 0);
        Assert.Contains(tokens, t => t.Text == "fenêtre" && t.Type == "keyword" && t.Modifiers.Length == 0);
        Assert.Contains(tokens, t => t.Text == "modifiée" && t.Type == "keyword" && t.Modifiers.Length == 0);
        Assert.Contains(tokens, t => t.Text == "45" && t.Type == "number" && t.Modifiers.Length == 0);
        Assert.Contains(tokens, t => t.Text == "%" && t.Type == "number" && t.Modifiers.Length == 0);

        var f2 = tokens.Where(t => t.Text == "F2").ToList();
        Assert.Equal(["modification"], f2[0].Modifiers);
        Assert.All(f2, t => Assert.Equal("event", t.Type));
        Assert.Contains(tokens, t => t is { Text: "V1", Type: "class" });
        Assert.Contains(tokens, t => t is { Text: "I1", Type: "property" });
    }

    [Fact]
    public void Declarations_are_marked_and_data_are_variables()
    {
        var (context, _) = TestWorkspace.At(Samples.A + "$0");
        var tokens = Decode(context);
        Assert.Contains(tokens, t => t is { Text: "P", Type: "namespace" } && t.Modifiers.SequenceEqual(["declaration"]));
        Assert.Contains(tokens, t => t is { Text: "D1", Type: "struct" });
        Assert.Contains(tokens, t => t is { Text: "PR1", Type: "interface" });
        Assert.Contains(tokens, t => t is { Text: "num", Type: "variable" } && t.Modifiers.Length == 0);
        Assert.Contains(tokens, t => t is { Text: "=", Type: "operator" });
        Assert.DoesNotContain(tokens, t => t.Text == ",");
    }

    [Fact]
    public void Unresolved_identifiers_get_no_colour()
    {
        var (context, _) = TestWorkspace.At(Samples.B.Replace("I1          40 %    45 %", "I9          40 %    45 %") + "$0", ("a.sunes", Samples.A));
        Assert.DoesNotContain(Decode(context), t => t.Text == "I9");
    }

    [Fact]
    public void The_syntax_layer_labels_single_word_keywords_as_keywords_and_symbols_as_operators()
    {
        var tree = SunEs.Syntax.SyntaxParser.Parse(new SunEs.Text.SourceText("a.sunes", Samples.A));
        var kinds = tree.Tokens.GroupBy(token => tree.Text[token.Span]).ToDictionary(group => group.Key, group => group.First().Kind);
        foreach (var keyword in new[] { "instruction", "programme", "volet", "fenêtres", "dégressivité", "domaine", "forfait", "indicateur", "taux", "cibles", "donnée" })
        {
            Assert.Equal(SunEs.Syntax.SyntaxTokenKind.Keyword, kinds[keyword]);
        }

        Assert.Equal(SunEs.Syntax.SyntaxTokenKind.Operator, kinds["="]);
        Assert.Equal(SunEs.Syntax.SyntaxTokenKind.Operator, kinds["%"]);
        Assert.Equal(SunEs.Syntax.SyntaxTokenKind.Punctuation, kinds[","]);
    }
}
