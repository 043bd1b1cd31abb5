using System.Text.RegularExpressions;
using SunEs.Emit;
using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Tests.Infrastructure;
using SunEs.Semantics;
using SunEs.Syntax;
using SunEs.Syntax.Formatting;
using SunEs.Text;

namespace SunEs.LanguageServer.Tests.Features;

public partial class FormattingTests
{
    private const string Messy = """
        instruction "T/1" signée le 2021-07-26   applicable immédiatement
        programme P "Programme" volet V1 "Volet" fenêtres F1,F2
        dégressivité F1 100 %,F2 90 % domaine D1 "Domaine" forfait = 10 k€
        indicateur I1 "Indicateur" taux = a / b // le taux
        donnée a : entier "A"
        donnée b : entier "B"
        cibles du volet V1 fenêtres F1 F2
        I1 49 % 59 %
        """;

    private static SyntaxTree Parse(string text) => SyntaxParser.Parse(new SourceText("/test/sample.sunes", text));

    [Fact]
    public void The_edits_turn_a_messy_text_into_the_canonical_layout()
    {
        var edits = FormattingService.Format(Parse(Messy));
        Assert.NotEmpty(edits);
        Assert.All(edits, edit => Assert.True(string.IsNullOrWhiteSpace(edit.NewText)));
        Assert.Equal(SyntaxFormatter.Format(Parse(Messy)), TextEdits.Apply(Messy, edits));
    }

    [Fact]
    public void A_formatted_text_needs_no_edit()
    {
        var formatted = TextEdits.Apply(Messy, FormattingService.Format(Parse(Messy)));
        Assert.Empty(FormattingService.Format(Parse(formatted)));
    }

    [Fact]
    public void A_text_with_syntax_errors_gets_no_edit()
    {
        var broken = Messy.Replace("taux = a / b", "taux = a / ", StringComparison.Ordinal) + "\n   cibles  du )";
        Assert.Empty(FormattingService.Format(Parse(broken)));
    }

    [Fact]
    public void Range_formatting_changes_only_the_selected_lines()
    {
        var text = Samples.A.Replace("    signée le", "  signée    le", StringComparison.Ordinal).Replace("fenêtres    F1      F2", "fenêtres F1 F2", StringComparison.Ordinal);
        var tree = Parse(text);
        var firstLines = TextSpan.FromBounds(0, text.IndexOf("programme", StringComparison.Ordinal));
        var formatted = TextEdits.Apply(text, FormattingService.FormatRange(tree, firstLines));
        Assert.Equal(Samples.A[..Samples.A.IndexOf("programme", StringComparison.Ordinal)], formatted[..formatted.IndexOf("programme", StringComparison.Ordinal)]);
        Assert.Contains("fenêtres F1 F2", formatted);
        Assert.Equal(SyntaxFormatter.Format(Parse(Samples.A)), TextEdits.Apply(text, FormattingService.Format(tree)));
    }

    [Fact]
    public void Formatting_keeps_the_meaning_of_the_corpus()
    {
        var files = Directory.GetFiles(RepoRoot.Instructions, "*.sunes").Order(StringComparer.Ordinal).ToList();
        var original = files.Select(file => new SourceText(file, File.ReadAllText(file))).ToList();
        // Every line pulled to the margin and every blank line doubled: only the formatter can restore the layout.
        var scrambled = original.Select(text => Parse(text.Path, Scramble(text.Content))).ToList();
        var formatted = scrambled.Select(tree => Parse(tree.Text.Path, TextEdits.Apply(tree.Text.Content, FormattingService.Format(tree)))).ToList();

        for (var i = 0; i < files.Count; i++)
        {
            Assert.NotEqual(scrambled[i].Text.Content, formatted[i].Text.Content);
            Assert.Empty(FormattingService.Format(formatted[i]));
        }

        var before = Compilation.Parse(original);
        var after = Compilation.Create(formatted);
        Assert.False(after.HasErrors);
        Assert.Equal(before.Diagnostics.Select(d => d.Code), after.Diagnostics.Select(d => d.Code));
        Assert.Equal(before.Tests.Select(test => test.Name), after.Tests.Select(test => test.Name));
        Assert.Equal(Model(before), Model(after));
    }

    private static SyntaxTree Parse(string path, string text) => SyntaxParser.Parse(new SourceText(path, text));

    private static string Scramble(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimStart()).Select(line => line.Length == 0 ? "\n" : line));

    /// <summary>The generated rules, without what layout legitimately changes: line numbers, columns, source hashes, white space inside quoted source.</summary>
    private static string Model(Compilation compilation)
    {
        var source = RulesEmitter.GenerateSource(compilation) ?? throw new InvalidOperationException("the corpus does not emit");
        source = LineDirective().Replace(source, "#line");
        source = Provenance().Replace(source, "new Provenance($1, $2, _, _, ");
        source = Hash().Replace(source, "<sha256>");
        return source;
    }

    [GeneratedRegex(@"#line \d+")]
    private static partial Regex LineDirective();

    [GeneratedRegex(@"new Provenance\(([^,]+), ([^,]+), \d+, \d+, ")]
    private static partial Regex Provenance();

    [GeneratedRegex("\"[0-9a-f]{64}\"")]
    private static partial Regex Hash();
}
