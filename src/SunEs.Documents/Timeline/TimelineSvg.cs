using System.Globalization;
using System.Text;
using SunEs.Documents.Formatting;
using SunEs.Documents.Rendering;

namespace SunEs.Documents.Timeline;

/// <summary>
/// Draws a <see cref="TimelineModel"/> as SVG: a month axis, one row per window, the candidacy and
/// selection bars on the upper lane, the measurement bar on the lower lane, the jalon as a diamond.
/// Bars of the compared date are dashed outlines over the same lanes. Every shape carries its
/// dates as data attributes and a title, so it can be read, hovered and checked.
/// </summary>
internal sealed class TimelineSvg(ValueText text)
{
    private const double LabelWidth = 170;
    private const double MonthWidth = TimelineAxis.MonthWidth;
    private const double AxisHeight = 40;
    private const double RowHeight = 50;
    private const double UpperLane = 10;
    private const double LowerLane = 28;
    private const double BarHeight = 12;
    private const double LegendHeight = 46;
    private const double NoteWidth = 150;

    private static readonly Dictionary<TimelineBarKind, string> Colours = new()
    {
        [TimelineBarKind.Candidacy] = "#2b6cb0",
        [TimelineBarKind.Selection] = "#d69e2e",
        [TimelineBarKind.Measurement] = "#2f855a",
    };

    private const string MilestoneColour = "#c53030";

    public string Render(TimelineModel model, bool standalone)
    {
        var axis = new TimelineAxis(model.AllDates, model.AsOf);
        var width = LabelWidth + axis.Width + NoteWidth;
        var height = AxisHeight + Math.Max(1, model.Rows.Count) * RowHeight + LegendHeight;
        var title = model.ComparedWith is { } compared
            ? text.T($"Calendrier des fenêtres au {text.Date(model.AsOf)}, comparé au {text.Date(compared)}",
                $"Calendar of the windows on {text.Date(model.AsOf)}, compared with {text.Date(compared)}")
            : text.T($"Calendrier des fenêtres au {text.Date(model.AsOf)}", $"Calendar of the windows on {text.Date(model.AsOf)}");

        var svg = new StringBuilder();
        if (standalone)
        {
            svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }

        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"{N(width)}\" height=\"{N(height)}\" role=\"img\" aria-label=\"{Html.Attribute(title)}\" font-family=\"Segoe UI, DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n");
        svg.Append($"<title>{Html.Text(title)}</title>\n");
        svg.Append($"<rect x=\"0\" y=\"0\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"#ffffff\"/>\n");
        Axis(svg, axis, height - LegendHeight);
        for (var index = 0; index < model.Rows.Count; index++)
        {
            Row(svg, model.Rows[index], AxisHeight + index * RowHeight, axis);
        }

        if (model.Rows.Count == 0)
        {
            svg.Append($"<text x=\"{N(LabelWidth)}\" y=\"{N(AxisHeight + RowHeight / 2)}\" fill=\"#4a5568\">{Html.Text(text.T("Aucune fenêtre en vigueur.", "No window in force."))}</text>\n");
        }

        Legend(svg, model, height - LegendHeight + 14);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private void Axis(StringBuilder svg, TimelineAxis axis, double bottom)
    {
        svg.Append("<g class=\"axis\">\n");
        for (var index = 0; index < axis.Columns.Count; index++)
        {
            var column = axis.Columns[index];
            var x = LabelWidth + index * MonthWidth;
            if (column.IsBreak)
            {
                Break(svg, column, x, bottom);
                continue;
            }

            var month = column.FirstDay;
            var isYearStart = month.Month == 1 || index == 0 || axis.Columns[index - 1].IsBreak;
            svg.Append($"<line x1=\"{N(x)}\" y1=\"{N(isYearStart ? 4 : 22)}\" x2=\"{N(x)}\" y2=\"{N(bottom)}\" stroke=\"{(month.Month == 1 ? "#a0aec0" : "#e2e8f0")}\" stroke-width=\"1\"/>\n");
            if (isYearStart)
            {
                svg.Append($"<text class=\"year\" x=\"{N(x + 3)}\" y=\"16\" font-weight=\"bold\" fill=\"#2d3748\">{month.Year}</text>\n");
            }

            svg.Append($"<text class=\"month\" data-month=\"{month.Year:D4}-{month.Month:D2}\" x=\"{N(x + MonthWidth / 2)}\" y=\"34\" text-anchor=\"middle\" fill=\"#4a5568\">{Html.Text(text.MonthInitial(month.Month))}</text>\n");
        }

        var end = LabelWidth + axis.Width;
        svg.Append($"<line x1=\"{N(end)}\" y1=\"22\" x2=\"{N(end)}\" y2=\"{N(bottom)}\" stroke=\"#e2e8f0\" stroke-width=\"1\"/>\n");
        svg.Append($"<line x1=\"{N(LabelWidth)}\" y1=\"{N(AxisHeight)}\" x2=\"{N(end)}\" y2=\"{N(AxisHeight)}\" stroke=\"#a0aec0\" stroke-width=\"1\"/>\n");
        svg.Append("</g>\n");
    }

    /// <summary>Months with no date of the calendar in them, drawn as one hatched column that says which.</summary>
    private void Break(StringBuilder svg, TimelineAxis.Column column, double x, double bottom)
    {
        var title = text.T($"de {text.Date(column.FirstDay)} à {text.Date(column.LastDay)} : rien dans le calendrier",
            $"from {text.Date(column.FirstDay)} to {text.Date(column.LastDay)}: nothing in the calendar");
        svg.Append($"<g class=\"gap\" data-from=\"{ValueText.IsoDate(column.FirstDay)}\" data-to=\"{ValueText.IsoDate(column.LastDay)}\">"
            + $"<rect x=\"{N(x)}\" y=\"22\" width=\"{N(MonthWidth)}\" height=\"{N(bottom - 22)}\" fill=\"#f7fafc\" stroke=\"#e2e8f0\" stroke-dasharray=\"2 2\"/>"
            + $"<text x=\"{N(x + MonthWidth / 2)}\" y=\"34\" text-anchor=\"middle\" fill=\"#4a5568\">…</text><title>{Html.Text(title)}</title></g>\n");
    }

    private void Row(StringBuilder svg, TimelineRow row, double top, TimelineAxis axis)
    {
        svg.Append($"<g class=\"window-row\" data-window=\"{Html.Attribute(row.Window)}\">\n");
        svg.Append($"<line x1=\"0\" y1=\"{N(top + RowHeight)}\" x2=\"{N(LabelWidth + axis.Width)}\" y2=\"{N(top + RowHeight)}\" stroke=\"#edf2f7\" stroke-width=\"1\"/>\n");
        svg.Append($"<text x=\"8\" y=\"{N(top + 21)}\" font-weight=\"bold\" fill=\"#1a202c\">{Html.Text(row.Window)}</text>\n");
        if (row.Label is { } label)
        {
            svg.Append($"<text x=\"8\" y=\"{N(top + 37)}\" fill=\"#4a5568\" font-size=\"11\">{Html.Text(Shorten(label, 24))}</text>\n");
        }

        foreach (var bar in row.Bars.OrderBy(bar => bar.IsComparison))
        {
            Bar(svg, row.Window, bar, top, axis);
        }

        foreach (var milestone in row.Milestones.OrderBy(milestone => milestone.IsComparison))
        {
            Milestone(svg, row.Window, milestone, top, axis);
        }

        if (row.Notes.Count > 0)
        {
            svg.Append($"<text class=\"note\" x=\"{N(LabelWidth + axis.Width + 8)}\" y=\"{N(top + LowerLane + 10)}\" fill=\"#4a5568\" font-style=\"italic\">{Html.Text(string.Join(", ", row.Notes))}</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static void Bar(StringBuilder svg, string window, TimelineBar bar, double top, TimelineAxis axis)
    {
        var x = LabelWidth + axis.Start(bar.Start);
        var width = Math.Max(2, LabelWidth + axis.End(bar.End) - x);
        var lane = bar.Kind == TimelineBarKind.Measurement ? LowerLane : UpperLane;
        var colour = Colours[bar.Kind];
        var kind = KindName(bar.Kind);
        var paint = bar.IsComparison
            ? $"fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"4 3\""
            : $"fill=\"{colour}\"{(bar.Kind == TimelineBarKind.Selection ? " fill-opacity=\"0.75\"" : string.Empty)}";
        var y = bar.IsComparison ? top + lane - 3 : top + lane;
        var height = bar.IsComparison ? BarHeight + 6 : BarHeight;
        svg.Append($"<rect class=\"bar {kind}{(bar.IsComparison ? " compared" : string.Empty)}{AssumedClass(bar.Assumption)}\" data-window=\"{Html.Attribute(window)}\" data-kind=\"{kind}\" "
            + $"data-start=\"{ValueText.IsoDate(bar.Start)}\" data-end=\"{ValueText.IsoDate(bar.End)}\" "
            + $"x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" rx=\"2\" {paint}><title>{Html.Text(Title(bar.Title, bar.Assumption))}</title></rect>\n");
    }

    private static void Milestone(StringBuilder svg, string window, TimelineMilestone milestone, double top, TimelineAxis axis)
    {
        var x = LabelWidth + axis.End(milestone.Date);
        var y = top + LowerLane + BarHeight / 2;
        const double size = 7;
        var points = $"{N(x)},{N(y - size)} {N(x + size)},{N(y)} {N(x)},{N(y + size)} {N(x - size)},{N(y)}";
        var paint = milestone.IsComparison
            ? $"fill=\"#ffffff\" stroke=\"{MilestoneColour}\" stroke-width=\"2\" stroke-dasharray=\"3 2\""
            : $"fill=\"{MilestoneColour}\" stroke=\"#ffffff\" stroke-width=\"1\"";
        svg.Append($"<polygon class=\"milestone{(milestone.IsComparison ? " compared" : string.Empty)}{AssumedClass(milestone.Assumption)}\" data-window=\"{Html.Attribute(window)}\" data-kind=\"jalon\" "
            + $"data-date=\"{ValueText.IsoDate(milestone.Date)}\" points=\"{points}\" {paint}><title>{Html.Text(Title(milestone.Title, milestone.Assumption))}</title></polygon>\n");
    }

    // A date the sources do not state is drawn like the others (it acts on decisions the same way)
    // but says so: a class for styles and tests, the assumption in the tooltip.
    private static string AssumedClass(string? assumption) => assumption is null ? string.Empty : " assumed";

    private static string Title(string title, string? assumption) => assumption is null ? title : $"{title}\n{assumption}";

    private void Legend(StringBuilder svg, TimelineModel model, double y)
    {
        var x = 8.0;
        svg.Append("<g class=\"legend\">\n");
        foreach (var (kind, label) in new[]
        {
            (TimelineBarKind.Candidacy, text.T("candidature", "candidacy")),
            (TimelineBarKind.Selection, text.T("sélection par l'ARS (durée maximale)", "selection by the ARS (longest)")),
            (TimelineBarKind.Measurement, text.T("mesure des cibles", "target measurement")),
        })
        {
            svg.Append($"<rect x=\"{N(x)}\" y=\"{N(y - 10)}\" width=\"18\" height=\"10\" rx=\"2\" fill=\"{Colours[kind]}\"/>\n");
            svg.Append($"<text x=\"{N(x + 24)}\" y=\"{N(y)}\" fill=\"#2d3748\">{Html.Text(label)}</text>\n");
            x += 36 + label.Length * 6.2;
        }

        svg.Append($"<polygon points=\"{N(x + 7)},{N(y - 12)} {N(x + 14)},{N(y - 5)} {N(x + 7)},{N(y + 2)} {N(x)},{N(y - 5)}\" fill=\"{MilestoneColour}\"/>\n");
        svg.Append($"<text x=\"{N(x + 20)}\" y=\"{N(y)}\" fill=\"#2d3748\">{Html.Text(text.T("jalon", "milestone"))}</text>\n");
        if (model.ComparedWith is { } compared)
        {
            svg.Append($"<rect x=\"8\" y=\"{N(y + 8)}\" width=\"18\" height=\"10\" rx=\"2\" fill=\"none\" stroke=\"#4a5568\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>\n");
            svg.Append($"<text x=\"32\" y=\"{N(y + 18)}\" fill=\"#2d3748\">{Html.Text(text.T($"en pointillés : les règles au {text.Date(compared)}", $"dashed: the rules on {text.Date(compared)}"))}</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static string KindName(TimelineBarKind kind) => kind switch
    {
        TimelineBarKind.Candidacy => "candidature",
        TimelineBarKind.Selection => "selection",
        TimelineBarKind.Measurement => "mesure",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown bar kind"),
    };

    private static string Shorten(string label, int length) => label.Length <= length ? label : label[..(length - 1)].TrimEnd() + "…";

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
