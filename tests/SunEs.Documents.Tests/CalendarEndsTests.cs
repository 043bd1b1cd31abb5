using System.Xml.Linq;
using SunEs.Diagnostics;
using SunEs.Documents.Tests.Support;
using SunEs.Semantics;

namespace SunEs.Documents.Tests;

/// <summary>
/// Dates at either end of the calendar, which the checker accepts: a candidacy from 1 January 1,
/// a measurement and a jalon on 31 December 9999, a selection that would end after it. Every
/// document is written; the calendar draws the empty centuries as breaks and stays small.
/// </summary>
public sealed class CalendarEndsTests
{
    private static readonly Lazy<Compilation> AtTheEnds = new(() => Compilation.Parse(Corpus.Texts(text => text
        .Replace("candidature du 1er septembre 2021 au 31 octobre 2021", "candidature du 1er janvier 0001 au 31 octobre 2021", StringComparison.Ordinal)
        .Replace("candidature du 1er mars 2023 au 30 avril 2023", "candidature du 1er mars 9999 au 31 octobre 9999", StringComparison.Ordinal)
        .Replace("mesure \"S2 2023\" du 1er juillet 2023 au 31 décembre 2023", "mesure \"S2 9999\" du 1er novembre 9999 au 31 décembre 9999", StringComparison.Ordinal)
        .Replace("    jalon 31 mars 2024", "    jalon 31 décembre 9999", StringComparison.Ordinal))));

    public static TheoryData<string> Dates => new() { "2021-09-01", "2023-04-01", "9999-12-31" };

    [Fact]
    public void The_texts_check_clean()
    {
        Assert.False(AtTheEnds.Value.HasErrors, string.Join('\n', AtTheEnds.Value.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void Every_document_is_written_and_the_calendar_is_well_formed(string date)
    {
        var request = new RulesPageRequest(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), MessageLanguage.French, new DateOnly(1, 1, 1));

        Assert.EndsWith("</html>\n", RulesDocuments.Html(AtTheEnds.Value, request), StringComparison.Ordinal);
        Assert.StartsWith("# ", RulesDocuments.Markdown(AtTheEnds.Value, request), StringComparison.Ordinal);
        var svg = RulesDocuments.TimelineSvg(AtTheEnds.Value, request);
        Assert.InRange(svg.Length, 1, 200_000);
        XDocument.Parse(svg);
        var diff = RulesDocuments.Diff(AtTheEnds.Value, new DateOnly(1, 1, 1), DateOnly.MaxValue, MessageLanguage.French);
        Assert.NotEmpty(RulesDocuments.DiffTable(diff, MessageLanguage.French));
    }

    [Fact]
    public void Empty_centuries_are_breaks_and_bars_reach_the_last_day()
    {
        var svg = XDocument.Parse(RulesDocuments.TimelineSvg(AtTheEnds.Value, new RulesPageRequest(new DateOnly(9999, 12, 31))));
        XNamespace ns = "http://www.w3.org/2000/svg";

        var gaps = svg.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "gap").Select(g => ((string?)g.Attribute("data-from"), (string?)g.Attribute("data-to"))).ToList();
        Assert.Equal([("0001-02-01", "2021-09-30"), ("2023-08-01", "9999-02-28")], gaps);
        var f4 = svg.Descendants(ns + "rect").Where(rect => (string?)rect.Attribute("data-window") == "F4").ToList();
        Assert.Contains(f4, rect => (string?)rect.Attribute("data-kind") == "mesure" && (string?)rect.Attribute("data-end") == "9999-12-31");
        // A selection of 4 months after 31 October 9999 would end in the year 10000: no bar, no exception.
        Assert.DoesNotContain(f4, rect => (string?)rect.Attribute("data-kind") == "selection");
        Assert.Contains(svg.Descendants(ns + "polygon"), polygon => (string?)polygon.Attribute("data-date") == "9999-12-31");
    }
}
