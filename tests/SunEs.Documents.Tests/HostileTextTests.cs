using System.Xml.Linq;
using Markdig;
using SunEs.Diagnostics;
using SunEs.Documents.Tests.Support;
using SunEs.Semantics;

namespace SunEs.Documents.Tests;

/// <summary>
/// What a text holds reaches every document as text: a comment with backticks and HTML cannot
/// close its code span in the Markdown page and run, Markdown signs in a label mean nothing,
/// control characters leave the calendar well-formed XML and the diff table on its lines.
/// </summary>
public sealed class HostileTextTests
{
    private const string Injection = "`` <img src=x onerror=alert(1)> `` **gras** [lien](javascript:alert(2)) <b>x</b> &lt;i&gt;";

    private const string Label = "Fenêtre\u0001 1\u000B <script>alert(3)</script> | ~~barré~~ *étoile* _souligné_ [l](javascript:x) ![i](x.png) &amp;";

    private static readonly Lazy<Compilation> Hostile = new(() => Compilation.Parse(Corpus.Texts(text => text
        .Replace("DS1.1       49 %    55 %    55 %    55 %        // seed 000 (était 59, 64, 69 %)", "DS1.1       49 %    55 %    55 %    55 %        // " + Injection, StringComparison.Ordinal)
        .Replace("fenêtre F1 \"Fenêtre 1\"", $"fenêtre F1 \"{Label}\"", StringComparison.Ordinal))));

    private static RulesPageRequest Request => new(Corpus.AfterAmendment, MessageLanguage.French, Corpus.BeforeAmendment);

    [Fact]
    public void The_texts_are_hostile_and_the_checker_says_where()
    {
        Assert.False(Hostile.Value.HasErrors, string.Join('\n', Hostile.Value.Diagnostics));
        Assert.Contains(Hostile.Value.Diagnostics, diagnostic => diagnostic.Code == "SUN0010" && diagnostic.GetMessage(MessageLanguage.English).Contains("U+000B (VT)", StringComparison.Ordinal));
        Assert.Contains(Injection, Hostile.Value.Trees.Single(tree => tree.Text.Path.EndsWith("2023-28.sunes", StringComparison.Ordinal)).Text.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_page_renders_every_hostile_text_as_text()
    {
        var markdown = RulesDocuments.Markdown(Hostile.Value, Request);
        var html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

        Assert.DoesNotContain("<img src=\"x\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", ElementsWithAttributes(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>gras</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<del>barré</del>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>étoile</em>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", html, StringComparison.Ordinal);
        // The source line is one code span holding the comment as written.
        Assert.Contains("<code>DS1.1       49 %    55 %    55 %    55 %        // `` &lt;img src=x onerror=alert(1)&gt; `` **gras** [lien](javascript:alert(2)) &lt;b&gt;x&lt;/b&gt; &amp;lt;i&amp;gt;</code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', markdown);
        Assert.DoesNotContain('\u000B', markdown);
    }

    [Fact]
    public void Html_page_and_calendar_are_well_formed_and_show_the_control_characters()
    {
        var svg = RulesDocuments.TimelineSvg(Hostile.Value, Request);
        var calendar = XDocument.Parse(svg);

        Assert.Contains(calendar.Descendants(), element => element.Value.Contains("Fenêtre\u2401", StringComparison.Ordinal));
        var page = RulesDocuments.Html(Hostile.Value, Request);
        Assert.DoesNotContain('\u0001', page);
        Assert.DoesNotContain('\u000B', page);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
        Assert.Contains("Fenêtre\u2401 1\u240B &lt;script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_table_keeps_every_change_on_its_lines()
    {
        var compilation = Hostile.Value;
        var diff = RulesDocuments.Diff(compilation, new DateOnly(2021, 1, 1), Corpus.AfterAmendment, MessageLanguage.French);
        var table = RulesDocuments.DiffTable(diff, MessageLanguage.French);

        Assert.DoesNotContain('\u0001', table);
        Assert.DoesNotContain('\u000B', table);
        Assert.Contains("Fenêtre\u2401", table, StringComparison.Ordinal);
    }

    /// <summary>The start tags of the rendered page: where a javascript: link would be a link.</summary>
    private static string ElementsWithAttributes(string html) =>
        string.Join('\n', System.Text.RegularExpressions.Regex.Matches(html, "<[a-z]+ [^>]*>").Select(match => match.Value));
}
