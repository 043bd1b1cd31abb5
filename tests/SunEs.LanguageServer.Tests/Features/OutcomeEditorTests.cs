using SunEs.Diagnostics;
using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Features.Completion;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

/// <summary>
/// Completion and hover for the outcomes of earlier windows, in the CaRE sample programme (with
/// HOP'EN beside it, which declares D1, F1… too): subjects, the words that follow them, the
/// windows of the subject's volet, « résultats antérieurs » in tests, and what an outcome reads.
/// </summary>
public class OutcomeEditorTests
{
    private static readonly string Care = Read("care", "care-2024-01.sunes");

    private static string Read(string programme, string file) => File.ReadAllText(Path.Combine(RepoRoot.Path, "samples", "programmes", programme, file));

    private static FeatureContext Context(string marked, out int offset, MessageLanguage language = MessageLanguage.French)
    {
        var (text, position) = Marked.Parse(marked);
        offset = position;
        var workspace = TestWorkspace.FromTexts(("sample.sunes", text), ("care-2025-03.sunes", Read("care", "care-2025-03.sunes")), ("hopen.sunes", Read("hopen", "hopen-2019-01.sunes")));
        return TestWorkspace.Context(workspace, TestWorkspace.Uri("sample.sunes"), language: language);
    }

    private static List<CompletionItem> Items(string find, string marked)
    {
        Assert.Contains(find, Care, StringComparison.Ordinal);
        var context = Context(Care.Replace(find, marked, StringComparison.Ordinal), out var offset);
        return CompletionService.Complete(context, offset, snippets: false).Items.ToList();
    }

    private static string HoverText(string find, string marked, MessageLanguage language = MessageLanguage.French)
    {
        Assert.Contains(find, Care, StringComparison.Ordinal);
        var context = Context(Care.Replace(find, marked, StringComparison.Ordinal), out var offset, language);
        var hover = HoverService.Hover(context, offset);
        Assert.NotNull(hover);
        return hover.Contents.Value;
    }

    private static List<string> Labels(IEnumerable<CompletionItem> items, int kind) => items.Where(item => item.Kind == kind).Select(item => item.Label).ToList();

    [Fact]
    public void After_en_the_windows_of_the_subjects_volet_and_the_previous_window_are_offered()
    {
        var items = Items("éligible si EX1.1 atteint en fenêtre précédente", "éligible si EX1.1 atteint en $0");

        Assert.Equal(["F1", "F2"], Labels(items, CompletionItemKind.Event));
        Assert.All(items.Where(item => item.Kind == CompletionItemKind.Event), item => Assert.Contains("Fenêtre 202", item.Detail, StringComparison.Ordinal));
        Assert.Equal(["fenêtre précédente"], Labels(items, CompletionItemKind.Keyword));
    }

    [Fact]
    public void After_en_fenetre_comes_precedente()
    {
        var items = Items("éligible si EX1.1 atteint en fenêtre précédente", "éligible si EX1.1 atteint en fenêtre $0");

        Assert.Equal(["précédente"], Labels(items, CompletionItemKind.Keyword));
    }

    [Theory]
    [InlineData("éligible si EX1.1 $0", "atteint")]
    [InlineData("éligible si non D1 $0", "financé")]
    public void After_a_subject_the_word_that_fits_it_is_offered(string marked, string word)
    {
        var items = Items("éligible si EX1.1 atteint en fenêtre précédente", marked);

        var keywords = Labels(items, CompletionItemKind.Keyword);
        Assert.Contains($"{word} en", keywords);
        Assert.Contains($"{word} en fenêtre précédente", keywords);
        Assert.Contains($"déjà {word}", keywords);
    }

    [Fact]
    public void After_deja_only_the_word_that_fits_the_subject_is_offered()
    {
        var items = Items("éligible si non D1 déjà financé", "éligible si non D1 déjà $0");

        Assert.Equal(["financé"], Labels(items, CompletionItemKind.Keyword));
    }

    [Fact]
    public void Where_an_operand_starts_the_programmes_indicators_and_domains_are_offered_with_its_data()
    {
        var items = Items("éligible si non D1 déjà financé", "éligible si non $0");

        Assert.Equal(["D1", "D2", "D3"], Labels(items, CompletionItemKind.Class));
        Assert.Equal(["EX1.1", "EX3.1", "SV2.1"], Labels(items, CompletionItemKind.Field));
        Assert.Contains("lits_places", Labels(items, CompletionItemKind.Variable));
        Assert.DoesNotContain("D4", Labels(items, CompletionItemKind.Class));
    }

    [Theory]
    [InlineData("résultats antérieurs $0", new[] { "D1", "D2", "D3", "EX1.1", "EX3.1", "SV2.1" }, new string[0])]
    [InlineData("résultats antérieurs D1 $0", new string[0], new[] { "financé en", "non financé en" })]
    [InlineData("résultats antérieurs EX1.1 non $0", new string[0], new[] { "atteint en" })]
    [InlineData("résultats antérieurs D1 financé en $0", new[] { "F1", "F2" }, new string[0])]
    public void A_tests_earlier_outcomes_are_completed(string marked, string[] names, string[] keywords)
    {
        var items = Items("résultats antérieurs D1 financé en F1", marked);

        Assert.Equal(names, items.Where(item => item.Kind is CompletionItemKind.Class or CompletionItemKind.Field or CompletionItemKind.Event).Select(item => item.Label).Order(StringComparer.Ordinal));
        Assert.Equal(keywords, Labels(items, CompletionItemKind.Keyword));
    }

    [Fact]
    public void A_test_line_may_start_with_resultats_anterieurs()
    {
        var items = Items("    résultats antérieurs D1 financé en F1", "    $0");

        Assert.Contains("résultats antérieurs", Labels(items, CompletionItemKind.Keyword));
    }

    [Fact]
    public void Hover_on_deja_says_what_is_read_and_the_columns_that_give_it()
    {
        var hover = HoverText("non D1 déjà financé", "non D1 dé$0jà financé");

        Assert.Contains("**D1 déjà financé** : vrai quand le domaine D1 a été financé dans l'une des fenêtres de son volet qui précèdent celle de la candidature", hover, StringComparison.Ordinal);
        Assert.Contains("refusée en nommant sa colonne", hover, StringComparison.Ordinal);
        Assert.Contains("Colonnes au 15/06/2025 : `D1 financé en F1`", hover, StringComparison.Ordinal);
    }

    [Fact]
    public void Hover_on_the_previous_window_names_the_window_it_reads_in_english_too()
    {
        var hover = HoverText("EX1.1 atteint en fenêtre précédente", "EX1.1 atteint en fenêtre pré$0cédente", MessageLanguage.English);

        Assert.Contains("true when indicator EX1.1 met its target in the window of its volet closest before the candidacy's", hover, StringComparison.Ordinal);
        Assert.Contains("Columns on 2025-06-15: `EX1.1 atteint en F1`", hover, StringComparison.Ordinal);
    }

    [Fact]
    public void Hover_on_the_subject_describes_the_domain_of_this_programme()
    {
        var hover = HoverText("non D1 déjà financé", "non D$01 déjà financé");

        Assert.Contains("**domaine `D1`** — Exercice de crise cyber", hover, StringComparison.Ordinal);
    }
}
