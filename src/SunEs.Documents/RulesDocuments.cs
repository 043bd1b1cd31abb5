using SunEs.Diagnostics;
using SunEs.Documents.Building;
using SunEs.Documents.Diff;
using SunEs.Documents.Formatting;
using SunEs.Documents.Model;
using SunEs.Documents.Rendering;
using SunEs.Documents.Timeline;
using SunEs.Semantics;

namespace SunEs.Documents;

/// <summary>
/// The documents people read, computed from a compilation and dates only: the page of the rules in
/// force (HTML or Markdown), the calendar of the windows (SVG), and the changes between two dates
/// (text table, JSON or HTML).
/// </summary>
public static class RulesDocuments
{
    /// <summary>The file name of the calendar written beside a page.</summary>
    public const string TimelineFileName = CalendarSection.TimelineFileName;

    public static RulesDocument Page(Compilation compilation, RulesPageRequest request) => RulesDocumentBuilder.Build(compilation, request);

    public static string Html(Compilation compilation, RulesPageRequest request) =>
        new HtmlRenderer(new ValueText(request.Language)).Render(Page(compilation, request));

    public static string Markdown(Compilation compilation, RulesPageRequest request) =>
        new MarkdownRenderer(new ValueText(request.Language)).Render(Page(compilation, request));

    /// <summary>The calendar alone, as an SVG file.</summary>
    public static string TimelineSvg(Compilation compilation, RulesPageRequest request)
    {
        var text = new ValueText(request.Language);
        var rules = RulesDocumentBuilder.RulesOf(compilation, request.AsOf, request.Programme);
        var compared = request.CompareWith is { } other ? RulesDocumentBuilder.RulesOf(compilation, other, request.Programme) : null;
        return new TimelineSvg(text).Render(TimelineModel.Build(rules, compared, text), standalone: true);
    }

    public static RulesDiff Diff(Compilation compilation, DateOnly from, DateOnly to, MessageLanguage language) =>
        RulesDiff.Compare(compilation.GetRulesInForce(from), compilation.GetRulesInForce(to), language);

    public static string DiffTable(RulesDiff diff, MessageLanguage language) => Documents.Diff.DiffTable.Render(diff, new ValueText(language));

    public static string DiffJson(RulesDiff diff, MessageLanguage language) => Documents.Diff.DiffJson.Render(diff, new ValueText(language));

    public static string DiffHtml(RulesDiff diff, MessageLanguage language) =>
        new HtmlRenderer(new ValueText(language)).Render(RulesDocumentBuilder.BuildDiff(diff, language));
}
