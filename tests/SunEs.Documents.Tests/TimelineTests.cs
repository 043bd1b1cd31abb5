using System.Text.RegularExpressions;
using SunEs.Documents.Timeline;
using SunEs.Documents.Tests.Support;

namespace SunEs.Documents.Tests;

/// <summary>The calendar computed from the texts: bars and jalons on the dates the rules say, before and after 2023/28.</summary>
public sealed partial class TimelineTests
{
    private static TimelineModel Model(DateOnly? compare = null) => TimelineModel.Build(
        Corpus.Compilation.GetRulesInForce(Corpus.AfterAmendment),
        compare is { } date ? Corpus.Compilation.GetRulesInForce(date) : null,
        new Formatting.ValueText(Diagnostics.MessageLanguage.French));

    [Fact]
    public void One_row_per_window_in_order()
    {
        Assert.Equal(["F1", "F2", "F3", "F4"], Model().Rows.Select(row => row.Window));
    }

    [Fact]
    public void Window_2_has_its_candidacy_the_selection_after_it_its_amended_measurement_and_jalon()
    {
        var row = Model().Rows.Single(r => r.Window == "F2");
        Assert.Equal(
            [
                (TimelineBarKind.Candidacy, new DateOnly(2022, 3, 1), new DateOnly(2022, 4, 30)),
                (TimelineBarKind.Selection, new DateOnly(2022, 5, 1), new DateOnly(2022, 8, 31)),
                (TimelineBarKind.Measurement, new DateOnly(2022, 7, 1), new DateOnly(2023, 3, 31)),
            ],
            row.Bars.Select(bar => (bar.Kind, bar.Start, bar.End)));
        Assert.Equal([new DateOnly(2023, 3, 31)], row.Milestones.Select(m => m.Date));
    }

    [Fact]
    public void An_unknown_jalon_is_a_note_not_a_mark()
    {
        var texts = Corpus.Texts().Select(text => text.Path.EndsWith("2021-167.sunes", StringComparison.Ordinal)
            ? new SunEs.Text.SourceText(text.Path, text.Content.Replace("    jalon 31 mars 2024", "    jalon inconnu", StringComparison.Ordinal))
            : text);
        var compilation = SunEs.Semantics.Compilation.Parse(texts);
        var model = TimelineModel.Build(compilation.GetRulesInForce(Corpus.AfterAmendment), null, new Formatting.ValueText(Diagnostics.MessageLanguage.French));

        var row = model.Rows.Single(r => r.Window == "F4");
        Assert.Empty(row.Milestones);
        Assert.Equal(["jalon inconnu"], row.Notes);
    }

    [Fact]
    public void Compared_with_before_the_amendment_the_old_jalons_are_overlaid()
    {
        var model = Model(Corpus.BeforeAmendment);
        Assert.Equal(Corpus.BeforeAmendment, model.ComparedWith);
        var f3 = model.Rows.Single(r => r.Window == "F3");
        Assert.Equal([(new DateOnly(2023, 7, 31), false), (new DateOnly(2023, 6, 30), true)], f3.Milestones.Select(m => (m.Date, m.IsComparison)));
        Assert.Contains(f3.Bars, bar => bar is { Kind: TimelineBarKind.Measurement, IsComparison: true } && bar.End == new DateOnly(2023, 6, 30));
    }

    [Fact]
    public void Bars_are_drawn_left_to_right_by_date_and_rows_top_to_bottom()
    {
        var svg = RulesDocuments.TimelineSvg(Corpus.Compilation, new RulesPageRequest(Corpus.AfterAmendment));
        var bars = Bar().Matches(svg).Select(match => (
            Window: match.Groups["window"].Value, Kind: match.Groups["kind"].Value, Start: DateOnly.Parse(match.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture),
            X: double.Parse(match.Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture),
            Y: double.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(12, bars.Count);
        var candidacies = bars.Where(bar => bar.Kind == "candidature").ToList();
        Assert.Equal(["F1", "F2", "F3", "F4"], candidacies.Select(bar => bar.Window));
        Assert.True(candidacies.Zip(candidacies.Skip(1)).All(pair => pair.First.X < pair.Second.X && pair.First.Y < pair.Second.Y));
        Assert.True(bars.OrderBy(bar => bar.Start).Select(bar => bar.X).Zip(bars.OrderBy(bar => bar.Start).Select(bar => bar.X).Skip(1)).All(pair => pair.First <= pair.Second));
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
    }

    [GeneratedRegex("<rect class=\"bar [^\"]*\" data-window=\"(?<window>[^\"]+)\" data-kind=\"(?<kind>[^\"]+)\" data-start=\"(?<start>[^\"]+)\" data-end=\"[^\"]+\" x=\"(?<x>[0-9.]+)\" y=\"(?<y>[0-9.]+)\"")]
    private static partial Regex Bar();
}
