using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

public class StructureTests
{
    private static Syntax.SyntaxTree Corpus(string file) =>
        TestWorkspace.Corpus().Current.Get(new TextDocumentIdentifier(TestWorkspace.CorpusUri(file))).Tree;

    [Fact]
    public void Outline_nests_programme_volets_domains_indicators_and_lists_the_other_declarations()
    {
        var symbols = DocumentSymbolService.DocumentSymbols(Corpus("2021-167.sunes"));
        Assert.Equal("instruction DGOS/PF5/DNS/CTO/2021/167", symbols[0].Name);
        var programme = Assert.Single(symbols, s => s.Kind == SymbolKind.Namespace);
        Assert.Equal("SUNES", programme.Name);
        Assert.Equal("Ségur Usage Numérique en Établissements de Santé", programme.Detail);
        Assert.Equal(["V1", "V2"], programme.Children!.Select(child => child.Name));
        var volet = programme.Children![0];
        Assert.Equal(("V1", SymbolKind.Package), (volet.Name, volet.Kind));
        Assert.Empty(programme.Children![1].Children ?? []);
        Assert.Equal(["D1", "D2", "D3"], volet.Children!.Select(d => d.Name));
        Assert.Equal(["DS1.1", "DS1.2", "DS1.3"], volet.Children![0].Children!.Select(i => i.Name));
        Assert.Equal(["F1", "F2", "F3", "F4"], symbols.Where(s => s.Kind == SymbolKind.Event).Select(s => s.Name));
        Assert.Equal(6, symbols.Count(s => s.Kind == SymbolKind.Interface));
        var grid = Assert.Single(symbols, s => s.Kind == SymbolKind.Array);
        Assert.Equal("cibles du volet V1", grid.Name);
        Assert.Equal(5, grid.Children!.Count);
        Assert.Contains(symbols, s => s is { Name: "séjours", Kind: SymbolKind.Variable, Detail: "entier — Nombre de séjours de l'établissement sur la période de mesure" });
        Assert.All(Flatten(symbols), s => Assert.True(Contains(s.Range, s.SelectionRange), s.Name));
    }

    [Fact]
    public void Outline_marks_amendments_and_lists_tests()
    {
        var (context, _) = TestWorkspace.At(Samples.B + "\ntest \"cas nominal\" au 2024-07-01$0\n    candidature en F1 pour D1\n", ("a.sunes", Samples.A));
        var symbols = DocumentSymbolService.DocumentSymbols(context.Tree);
        Assert.Contains(symbols, s => s is { Name: "F2", Detail: "modifiée" });
        Assert.Contains(symbols, s => s is { Name: "cibles du volet V1", Detail: "modifiées" });
        Assert.Contains(symbols, s => s is { Name: "test cas nominal", Kind: SymbolKind.Method });
    }

    [Fact]
    public void Outline_of_a_broken_text_still_has_names()
    {
        var tree = Syntax.SyntaxParser.Parse(new SunEs.Text.SourceText("broken.sunes", "fenêtre\n    jalon 2024-01-01\nprogramme \"x\"\n"));
        Assert.All(Flatten(DocumentSymbolService.DocumentSymbols(tree)), s => Assert.False(string.IsNullOrWhiteSpace(s.Name)));
    }

    [Fact]
    public void Folding_covers_blocks_labels_and_comments()
    {
        var ranges = FoldingRangeService.FoldingRanges(Corpus("2021-167.sunes"));
        Assert.Contains(new FoldingRange(0, 20) { Kind = "comment" }, ranges);     // the opening block comment
        Assert.Contains(ranges, r => r is { StartLine: 22, Kind: null });          // the header
        Assert.Contains(ranges, r => r is { StartLine: 34, Kind: null });          // programme SUNES
        Assert.Contains(ranges, r => r is { StartLine: 125, EndLine: 132 });        // fenêtre F1, its postponement's assumption included
        Assert.Contains(new FoldingRange(119, 123) { Kind = "comment" }, ranges);   // the run of line comments before the windows
        Assert.All(ranges, r => Assert.True(r.EndLine > r.StartLine));
    }

    private static IEnumerable<DocumentSymbol> Flatten(IEnumerable<DocumentSymbol> symbols) =>
        symbols.SelectMany(s => Flatten(s.Children ?? []).Prepend(s));

    private static bool Contains(Protocol.Range outer, Protocol.Range inner) =>
        Compare(outer.Start, inner.Start) <= 0 && Compare(inner.End, outer.End) <= 0;

    private static int Compare(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
}
