using SunEs.LanguageServer.Features.Completion;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

public class CompletionTests
{
    private const string Header = "instruction \"TEST/2024/3\"\n    signée le 2024-09-01\n    applicable le 2024-09-01\n    modifie \"TEST/2024/1\"\n\n";

    private static IReadOnlyList<CompletionItem> Items(string marked, bool snippets = true, bool withB = false)
    {
        (string, string)[] others = withB ? [("a.sunes", Samples.A), ("b.sunes", Samples.B)] : [("a.sunes", Samples.A)];
        var (context, offset) = TestWorkspace.At(marked, others);
        return CompletionService.Complete(context, offset, snippets).Items;
    }

    private static List<string> Labels(string marked, int kind, bool withB = false) =>
        Items(marked, withB: withB).Where(i => i.Kind == kind).Select(i => i.Label).ToList();

    [Fact]
    public void Window_ids_after_fenetres_in_a_volet()
    {
        var labels = Labels(Header + "programme P modifié\n    volet V2 \"Deux\"\n        fenêtres $0\n", CompletionItemKind.Event);
        Assert.Equal(["F1", "F2"], labels);
    }

    [Fact]
    public void Window_ids_in_a_grid_header_skip_those_already_written()
    {
        var labels = Labels(Header + "cibles du volet V1 modifiées\n    fenêtres    F1      $0\n", CompletionItemKind.Event);
        Assert.Equal(["F2"], labels);
    }

    [Fact]
    public void Window_ids_after_candidature_en_tolerance_en_and_report_vers()
    {
        Assert.Equal(["F1", "F2"], Labels(Header + "test \"t\" au 2024-09-02\n    candidature en $0\n", CompletionItemKind.Event));
        Assert.Equal(["F1", "F2"], Labels(Header + "prérequis PR2 \"x\"\n    tolérance en $0\n", CompletionItemKind.Event));
        Assert.Equal(["F1", "F2"], Labels(Header + "fenêtre F3 \"x\"\n    report vers F$0\n", CompletionItemKind.Event));
    }

    [Fact]
    public void Window_ids_in_a_degressivity_list()
    {
        Assert.Equal(["F2"], Labels(Header + "programme P modifié\n    volet V1 modifié\n        dégressivité F1 100 %, $0\n", CompletionItemKind.Event));
    }

    [Fact]
    public void Indicator_ids_at_the_start_of_a_grid_row()
    {
        var items = Items(Header + "cibles du volet V1 modifiées\n    fenêtres    F1      F2\n    $0\n");
        Assert.Equal(["I1"], items.Where(i => i.Kind == CompletionItemKind.Field).Select(i => i.Label));
        Assert.DoesNotContain(items, i => i.Kind == CompletionItemKind.Event);

        var written = Items(Header + "cibles du volet V1 modifiées\n    fenêtres    F1      F2\n    I1   40 %  50 %\n    I$0\n");
        Assert.DoesNotContain(written, i => i.Kind == CompletionItemKind.Field);
    }

    [Theory]
    [InlineData("    prérequis tous atteints sauf $0\n")]
    [InlineData("    prérequis atteints $0\n")]
    [InlineData("    prérequis atteints PR1, $0\n")]
    public void Prerequisite_ids_after_sauf_and_atteints(string line)
    {
        var labels = Labels(Header + "prérequis PR2 \"Deux\"\n\ntest \"t\" au 2024-09-02\n    candidature en F1 pour D1\n" + line, CompletionItemKind.Interface);
        Assert.Contains("PR2", labels);
        Assert.Equal(!line.Contains("PR1,", StringComparison.Ordinal), labels.Contains("PR1"));
    }

    [Theory]
    [InlineData("    prérequis $0\n")]
    [InlineData("    prérequis t$0\n")]
    public void After_prerequis_in_a_test_come_its_three_forms(string line)
    {
        var keywords = Labels(Header + "test \"t\" au 2024-09-02\n    candidature en F1 pour D1\n" + line, CompletionItemKind.Keyword);
        Assert.Equal(["tous atteints", "atteints", "aucun"], keywords);
    }

    [Fact]
    public void Prerequis_at_the_margin_after_a_test_starts_a_prerequisite()
    {
        var keywords = Labels(Header + "test \"t\" au 2024-09-02\n    candidature en F1 pour D1\n\nprérequis $0\n", CompletionItemKind.Keyword);
        Assert.DoesNotContain("tous atteints", keywords);
    }

    [Fact]
    public void After_prerequis_tous_atteints_comes_sauf()
    {
        var keywords = Labels(Header + "test \"t\" au 2024-09-02\n    prérequis tous atteints $0\n", CompletionItemKind.Keyword);
        Assert.Equal(["sauf"], keywords);
    }

    [Theory]
    [InlineData("programme P modifié\n    volet V1 modifié\n        domaine D1 modifié\n            forfait = $0\n")]
    [InlineData("programme P modifié\n    volet V1 modifié\n        domaine D1 modifié\n            éligible si $0\n")]
    [InlineData("programme P modifié\n    volet V1 modifié\n        domaine D1 modifié\n            indicateur I2 \"x\"\n                bonus 10 % de $0\n")]
    [InlineData("test \"t\" au 2024-09-02\n    données $0\n")]
    [InlineData("test \"t\" au 2024-09-02\n    données num = 1, $0\n")]
    public void Data_ids_in_expressions_and_in_test_data(string body)
    {
        var labels = Labels(Header + body, CompletionItemKind.Variable);
        Assert.Equal(body.Contains("num = 1", StringComparison.Ordinal) ? ["den", "forfait_d1"] : ["den", "forfait_d1", "num"], labels);
    }

    [Fact]
    public void Rate_operands_are_only_counts()
    {
        var labels = Labels(Header + "programme P modifié\n    volet V1 modifié\n        domaine D1 modifié\n            indicateur I2 \"x\"\n                taux = num / $0\n", CompletionItemKind.Variable);
        Assert.Equal(["den", "num"], labels);
    }

    [Fact]
    public void Instruction_numbers_after_modifie_as_quoted_strings()
    {
        var items = Items("instruction \"TEST/2024/3\"\n    signée le 2024-09-01\n    modifie $0\n", withB: true)
            .Where(i => i.Kind == CompletionItemKind.Reference).ToList();
        Assert.Equal(["TEST/2024/1", "TEST/2024/2"], items.Select(i => i.Label));
        Assert.Equal("\"TEST/2024/1\"", items[0].TextEdit!.NewText);

        var inside = Items("instruction \"TEST/2024/3\"\n    signée le 2024-09-01\n    modifie \"TEST/2024/1\", \"TE$0\n", withB: true)
            .Where(i => i.Kind == CompletionItemKind.Reference).ToList();
        Assert.Equal(2, inside.Count);
        Assert.Equal(new Position(2, 27), inside[0].TextEdit!.Range.Start);
    }

    [Fact]
    public void Line_start_keywords_depend_on_the_block()
    {
        var window = Labels(Header + "fenêtre F3 \"Trois\"\n    candidature du 2024-10-01 au 2024-10-31\n    $0\n", CompletionItemKind.Keyword);
        Assert.Contains("jalon", window);
        Assert.Contains("mesure", window);
        Assert.Contains("fenêtre", window);
        Assert.DoesNotContain("attendu", window);
        Assert.DoesNotContain("taux =", window);

        var test = Labels(Header + "test \"t\" au 2024-09-02\n    candidature en F1 pour D1\n    pr$0\n", CompletionItemKind.Keyword);
        Assert.Contains("prérequis tous atteints", test);
        Assert.Contains("attendu", test);
        Assert.DoesNotContain("jalon", test);

        var indicator = Labels(Header + "programme P modifié\n    volet V1 modifié\n        domaine D1 modifié\n            indicateur I2 \"x\"\n                $0\n", CompletionItemKind.Keyword);
        Assert.Contains("taux =", indicator);
        Assert.Contains("bonus", indicator);
        Assert.Contains("indicateur", indicator);

        var header = Labels("instruction \"TEST/2024/3\"\n    $0\n", CompletionItemKind.Keyword);
        Assert.Contains("signée le", header);
        Assert.Contains("modifie", header);
    }

    [Fact]
    public void Keywords_match_whether_typed_with_or_without_accents()
    {
        var item = Items(Header + "fenêtre F3 \"Trois\"\n    sel$0\n").Single(i => i.Label == "sélection");
        Assert.Contains("selection", item.FilterText);
        Assert.Equal(new Position(6, 4), item.TextEdit!.Range.Start);
        Assert.Equal(new Position(6, 7), item.TextEdit.Range.End);
    }

    [Fact]
    public void Snippets_for_whole_blocks_only_when_the_client_supports_them()
    {
        var marked = Header + "cibles du volet V1 modifiées\n    fenêtres    F1      F2\n    I1   40 %  50 %\n\n$0\n";
        var snippets = Items(marked).Where(i => i.Kind == CompletionItemKind.Snippet).ToList();
        Assert.Equal(["cibles du volet V1", "fenêtre", "test"], snippets.Select(s => s.Label).Order());
        Assert.All(snippets, s => Assert.Equal(InsertTextFormat.Snippet, s.InsertTextFormat));
        Assert.StartsWith("fenêtre ${1:F3} \"${2:Fenêtre 3}\"\n    candidature du", snippets.Single(s => s.Label == "fenêtre").TextEdit!.NewText);
        Assert.Contains("    I1", snippets.Single(s => s.Label == "cibles du volet V1").TextEdit!.NewText);

        var (context, offset) = TestWorkspace.At(marked, ("a.sunes", Samples.A));
        Assert.DoesNotContain(CompletionService.Complete(context, offset, snippets: false).Items, i => i.Kind == CompletionItemKind.Snippet);

        var indicator = Items(Header + "programme P modifié\n    volet V1 modifié\n        domaine D1 modifié\n            $0\n");
        Assert.Contains(indicator, i => i is { Kind: CompletionItemKind.Snippet, Label: "indicateur" });
    }

    [Fact]
    public void A_new_file_offers_a_new_instruction()
    {
        var items = Items("$0");
        Assert.Contains(items, i => i is { Kind: CompletionItemKind.Snippet, Label: "instruction" });
        Assert.Contains(items, i => i is { Kind: CompletionItemKind.Keyword, Label: "instruction" });
    }

    [Fact]
    public void Nothing_inside_a_comment_or_a_label()
    {
        Assert.Empty(Items(Header + "// fenêtres $0\n"));
        Assert.Empty(Items(Header + "fenêtre F3 \"Fenê$0\n"));
    }

    [Fact]
    public void Domain_ids_after_pour_and_pour_after_the_window()
    {
        Assert.Equal(["D1"], Labels(Header + "test \"t\" au 2024-09-02\n    candidature en F1 pour $0\n", CompletionItemKind.Class));
        Assert.Equal(["pour"], Labels(Header + "test \"t\" au 2024-09-02\n    candidature en F1 $0\n", CompletionItemKind.Keyword));
    }

    [Fact]
    public void Corpus_grid_rows_offer_the_indicators_of_the_volet_not_yet_in_the_grid()
    {
        var workspace = TestWorkspace.Corpus();
        var uri = TestWorkspace.CorpusUri("2022-40.sunes");
        var text = File.ReadAllText(Path.Combine(RepoRoot.Instructions, "2022-40.sunes"));
        var row = text.IndexOf("    DS4.3       oui", StringComparison.Ordinal);
        workspace.Open(new TextDocumentItem(uri, "sunes", 1, text[..(row + 4)] + "DS" + text[text.IndexOf('\n', row)..]));
        var context = TestWorkspace.Context(workspace, uri);
        var labels = CompletionService.Complete(context, row + 6, snippets: true).Items.Where(i => i.Kind == CompletionItemKind.Field).Select(i => i.Label);
        Assert.Equal(["DS4.3"], labels);
    }
}
