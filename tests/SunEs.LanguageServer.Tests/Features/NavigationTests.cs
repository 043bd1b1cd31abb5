using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

public class NavigationTests
{
    private static readonly (string, string)[] SampleA = [("a.sunes", Samples.A)];

    [Theory]
    [InlineData("fenêtre F$02 modifiée")]
    [InlineData("    fenêtres    F1      F$02")]
    public void Definition_goes_from_an_amendment_or_a_use_to_the_declaration_in_another_file(string line)
    {
        var original = line.Replace("$0", string.Empty, StringComparison.Ordinal);
        var (context, offset) = TestWorkspace.At(Samples.B.Replace(original, line, StringComparison.Ordinal), SampleA);
        var location = Assert.Single(NavigationService.Definition(context, offset));
        Assert.Equal(TestWorkspace.Uri("a.sunes"), location.Uri);
        Assert.Equal(new Protocol.Position(18, 8), location.Range.Start);
        Assert.Equal(new Protocol.Position(18, 10), location.Range.End);
    }

    [Fact]
    public void Definition_of_an_amended_instruction_number_is_that_instruction_header()
    {
        var (context, offset) = TestWorkspace.At(Samples.B.Replace("modifie \"TEST", "modifie \"$0TEST"), SampleA);
        var location = Assert.Single(NavigationService.Definition(context, offset));
        Assert.Equal(TestWorkspace.Uri("a.sunes"), location.Uri);
        Assert.Equal(0, location.Range.Start.Line);
    }

    [Fact]
    public void Definition_on_a_keyword_is_empty()
    {
        var (context, offset) = TestWorkspace.At(Samples.B.Replace("jalon 2025", "ja$0lon 2025"), SampleA);
        Assert.Empty(NavigationService.Definition(context, offset));
    }

    [Theory]
    [InlineData(true, 6)]
    [InlineData(false, 5)]
    public void References_list_declaration_amendments_and_uses_across_files(bool includeDeclaration, int expected)
    {
        // F2: declared in A; used in A (fenêtres, dégressivité, grid header); amended in B; used in B (grid header).
        var (context, offset) = TestWorkspace.At(Samples.B.Replace("fenêtre F2 modifiée", "fenêtre F2$0 modifiée"), SampleA);
        var references = NavigationService.References(context, offset, includeDeclaration);
        Assert.Equal(expected, references.Count);
        Assert.Equal(includeDeclaration, references.Any(r => r.Uri == TestWorkspace.Uri("a.sunes") && r.Range.Start.Line == 18));
        Assert.Equal(2, references.Count(r => r.Uri == TestWorkspace.Uri("sample.sunes")));
    }

    [Fact]
    public void Corpus_references_of_DS1_1_span_the_founding_text_and_its_amendment()
    {
        var context = TestWorkspace.Context(TestWorkspace.Corpus(), TestWorkspace.CorpusUri("2023-28.sunes"));
        var references = NavigationService.References(context, TestWorkspace.Find(context, "    DS1.1 ", 4), includeDeclaration: true);
        Assert.Contains(references, r => r.Uri.EndsWith("2021-167.sunes", StringComparison.Ordinal));
        Assert.Contains(references, r => r.Uri.EndsWith("2023-28.sunes", StringComparison.Ordinal));
        // Declaration, grid row in 2021/167, grid row in 2023/28, and the uses in the tests written in the corpus.
        Assert.Equal(3 + CorpusTestUses("DS1.1"), references.Count);
    }

    /// <summary>How many times the tests written in the corpus name an indicator (each is a reference): comments aside, after each text's first test.</summary>
    internal static int CorpusTestUses(string id) => Directory.GetFiles(RepoRoot.Instructions, "*.sunes")
        .Sum(file => File.ReadAllLines(file)
            .SkipWhile(line => !line.StartsWith("test ", StringComparison.Ordinal))
            .Sum(line => System.Text.RegularExpressions.Regex.Matches(line.Split("//")[0], $@"(?<![\w.]){System.Text.RegularExpressions.Regex.Escape(id)}(?![\w.])").Count));

    /// <summary>The same count in one text of the corpus.</summary>
    internal static int CorpusTestUses2(string file, string id) => File.ReadAllLines(Path.Combine(RepoRoot.Instructions, file))
        .SkipWhile(line => !line.StartsWith("test ", StringComparison.Ordinal))
        .Sum(line => System.Text.RegularExpressions.Regex.Matches(line.Split("//")[0], $@"(?<![\w.]){System.Text.RegularExpressions.Regex.Escape(id)}(?![\w.])").Count);
}
