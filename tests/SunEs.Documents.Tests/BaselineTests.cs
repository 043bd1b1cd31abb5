using SunEs.Diagnostics;
using SunEs.Documents.Tests.Support;

namespace SunEs.Documents.Tests;

/// <summary>The documents of the real corpus, whole, against their baselines.</summary>
public sealed class BaselineTests
{
    private static RulesPageRequest After(MessageLanguage language = MessageLanguage.French, DateOnly? compare = null) =>
        new(Corpus.AfterAmendment, language, compare);

    [Fact]
    public void Html_page_after_the_amendment() =>
        Baseline.Check("rules-2023-04-01.fr.html", RulesDocuments.Html(Corpus.Compilation, After()));

    [Fact]
    public void Html_page_in_english() =>
        Baseline.Check("rules-2023-04-01.en.html", RulesDocuments.Html(Corpus.Compilation, After(MessageLanguage.English)));

    [Fact]
    public void Html_page_compared_with_before_the_amendment() =>
        Baseline.Check("rules-2023-04-01-vs-2023-01-01.fr.html", RulesDocuments.Html(Corpus.Compilation, After(compare: Corpus.BeforeAmendment)));

    [Fact]
    public void Markdown_page_after_the_amendment() =>
        Baseline.Check("rules-2023-04-01.fr.md", RulesDocuments.Markdown(Corpus.Compilation, After()));

    [Fact]
    public void Markdown_page_before_the_second_volet() =>
        Baseline.Check("rules-2021-12-01.fr.md", RulesDocuments.Markdown(Corpus.Compilation, new RulesPageRequest(new DateOnly(2021, 12, 1))));

    [Fact]
    public void Timeline_alone() =>
        Baseline.Check("calendar-2023-04-01.fr.svg", RulesDocuments.TimelineSvg(Corpus.Compilation, After()));

    [Fact]
    public void Timeline_overlaid_with_before_the_amendment() =>
        Baseline.Check("calendar-2023-04-01-vs-2023-01-01.fr.svg", RulesDocuments.TimelineSvg(Corpus.Compilation, After(compare: Corpus.BeforeAmendment)));

    [Fact]
    public void Diff_of_the_amendment_as_a_table() =>
        Baseline.Check("diff-2023-01-01-2023-04-01.fr.txt",
            RulesDocuments.DiffTable(RulesDocuments.Diff(Corpus.Compilation, Corpus.BeforeAmendment, Corpus.AfterAmendment, MessageLanguage.French), MessageLanguage.French));

    [Fact]
    public void Diff_of_the_amendment_as_json_in_english() =>
        Baseline.Check("diff-2023-01-01-2023-04-01.en.json",
            RulesDocuments.DiffJson(RulesDocuments.Diff(Corpus.Compilation, Corpus.BeforeAmendment, Corpus.AfterAmendment, MessageLanguage.English), MessageLanguage.English));

    [Fact]
    public void Diff_of_the_amendment_as_html() =>
        Baseline.Check("diff-2023-01-01-2023-04-01.fr.html",
            RulesDocuments.DiffHtml(RulesDocuments.Diff(Corpus.Compilation, Corpus.BeforeAmendment, Corpus.AfterAmendment, MessageLanguage.French), MessageLanguage.French));

    [Fact]
    public void Page_is_the_same_on_every_run() =>
        Assert.Equal(RulesDocuments.Html(Corpus.Compilation, After()), RulesDocuments.Html(Corpus.Compilation, After()));
}
