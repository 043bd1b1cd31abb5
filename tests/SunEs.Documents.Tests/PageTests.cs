using System.Text.RegularExpressions;
using SunEs.Diagnostics;
using SunEs.Documents.Tests.Support;

namespace SunEs.Documents.Tests;

/// <summary>What the page promises: self-contained, every value linked to its source line, the grid as published.</summary>
public sealed partial class PageTests
{
    private static readonly Lazy<string> AfterAmendment = new(() =>
        RulesDocuments.Html(Corpus.Compilation, new RulesPageRequest(Corpus.AfterAmendment, CompareWith: Corpus.BeforeAmendment)));

    private static string Page => AfterAmendment.Value;

    [Fact]
    public void Fetches_nothing_and_needs_no_script()
    {
        Assert.DoesNotContain("<script", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), Page);
        Assert.DoesNotContain("url(", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_link_leads_to_an_element_of_the_page()
    {
        var ids = Ids().Matches(Page).Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var targets = Links().Matches(Page).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(targets.Count > 100, $"only {targets.Count} links");
        Assert.Empty(targets.Except(ids, StringComparer.Ordinal));
    }

    [Fact]
    public void An_amended_target_points_to_its_line_and_shows_what_it_replaced()
    {
        var cell = Cell("DS1.1", "F2");
        Assert.Contains("href=\"#src-dgos-pf5-dns-2023-28-l90\"", cell, StringComparison.Ordinal);
        Assert.Contains("title=\"Source : DGOS/PF5/DNS/2023/28, ligne 90&#10;remplace « 59 % » (DGOS/PF5/DNS/CTO/2021/167, ligne 193)\"", cell, StringComparison.Ordinal);
        Assert.Contains(">55 %</a><span class=\"replaced\">remplace <del>59 %</del> (<a href=\"#src-dgos-pf5-dns-cto-2021-167-l193\">2021/167 l.193</a>)</span>", cell, StringComparison.Ordinal);
        Assert.Contains("<li id=\"src-dgos-pf5-dns-2023-28-l90\"><span class=\"line-number\">l.90</span>DS1.1       49 %    55 %    55 %    55 %", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_restated_unchanged_shows_no_replacement_but_says_so_in_its_tooltip()
    {
        var cell = Cell("DS1.1", "F1");
        Assert.Contains(">49 %</a></td>", cell, StringComparison.Ordinal);
        Assert.Contains("inchangé par rapport à DGOS/PF5/DNS/CTO/2021/167, ligne 193", cell, StringComparison.Ordinal);
    }

    [Fact]
    public void No_target_is_a_slash_and_bonus_indicators_are_marked()
    {
        Assert.Contains("class=\"target none\"", Cell("DS1.4", "F1"), StringComparison.Ordinal);
        Assert.Contains(">/</a>", Cell("DS1.4", "F1"), StringComparison.Ordinal);
        var bonusRows = BonusRow().Matches(Page).Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(["DS1.3", "DS1.4"], bonusRows);
    }

    [Fact]
    public void The_english_page_speaks_english()
    {
        var page = RulesDocuments.Html(Corpus.Compilation, new RulesPageRequest(Corpus.AfterAmendment, MessageLanguage.English));
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Rules in force on 1 April 2023</h1>", page, StringComparison.Ordinal);
        Assert.Contains("replaces <del>59%</del>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Fenêtres de financement", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_the_first_text_the_page_says_nothing_is_in_force()
    {
        var page = RulesDocuments.Html(Corpus.Compilation, new RulesPageRequest(new DateOnly(2020, 1, 1)));
        Assert.Contains("Aucune instruction n'est en vigueur au 1er janvier 2020", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_programme_filter_keeps_the_grids_of_that_programme_only()
    {
        var page = RulesDocuments.Html(Corpus.Compilation, new RulesPageRequest(Corpus.AfterAmendment, Programme: "AUTRE"));
        Assert.DoesNotContain("id=\"cibles-v1\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"calendrier\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_is_shown_on_top()
    {
        var page = RulesDocuments.Html(Corpus.Compilation, new RulesPageRequest(Corpus.AfterAmendment, Warning: "Attention <b>"));
        Assert.Contains("<p class=\"warning\" role=\"alert\">Attention &lt;b&gt;</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_markdown_value_links_to_an_anchor_of_the_file()
    {
        var markdown = RulesDocuments.Markdown(Corpus.Compilation, new RulesPageRequest(Corpus.AfterAmendment));
        var anchors = MarkdownAnchors().Matches(markdown).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var links = MarkdownLinks().Matches(markdown).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(links);
        Assert.DoesNotContain(links, link => !anchors.Contains(link));
        Assert.Contains("| **DS1.1** |", markdown, StringComparison.Ordinal);
        Assert.Contains("[55 %](#src-dgos-pf5-dns-2023-28-l90 \"DGOS/PF5/DNS/2023/28, ligne 90\") (remplace ~~59 %~~", markdown, StringComparison.Ordinal);
        Assert.Contains("![", markdown, StringComparison.Ordinal);
    }

    private static string Cell(string indicator, string window)
    {
        var match = Regex.Match(Page, $"<td class=\"target[^\"]*\" data-indicator=\"{Regex.Escape(indicator)}\" data-window=\"{window}\">.*?</td>");
        Assert.True(match.Success, $"no cell {indicator} × {window}");
        return match.Value;
    }

    [GeneratedRegex("(?:src|href)=\"(?!#)")]
    private static partial Regex ExternalReference();

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex Ids();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex Links();

    [GeneratedRegex("<tr class=\"indicator bonus\"><th scope=\"row\" data-indicator=\"([^\"]+)\">")]
    private static partial Regex BonusRow();

    [GeneratedRegex("<a id=\"([^\"]+)\"></a>")]
    private static partial Regex MarkdownAnchors();

    [GeneratedRegex("\\]\\(#([^ )]+)")]
    private static partial Regex MarkdownLinks();
}
