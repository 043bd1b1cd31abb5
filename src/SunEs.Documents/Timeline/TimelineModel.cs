using SunEs.Documents.Formatting;
using SunEs.Semantics;
using SunEs.Syntax;

namespace SunEs.Documents.Timeline;

public enum TimelineBarKind
{
    Candidacy,
    Selection,
    Measurement,
}

/// <summary>A period of a window (dates inclusive); <see cref="IsComparison"/> when it is drawn from the other date's rules.</summary>
public sealed record TimelineBar(TimelineBarKind Kind, DateOnly Start, DateOnly End, string Title, bool IsComparison)
{
    /// <summary>The assumption the dates rest on ("déduit : …"), when the sources do not state them.</summary>
    public string? Assumption { get; init; }
}

public sealed record TimelineMilestone(DateOnly Date, string Title, bool IsComparison)
{
    /// <summary>The assumption the date rests on ("supposé : …"), when the sources do not state it.</summary>
    public string? Assumption { get; init; }
}

/// <summary>One window: its bars and milestones, and what is not known (an unknown milestone).</summary>
public sealed record TimelineRow(string Window, string? Label, IReadOnlyList<TimelineBar> Bars, IReadOnlyList<TimelineMilestone> Milestones, IReadOnlyList<string> Notes);

/// <summary>
/// The calendar of the funding windows on a date, optionally overlaid with the calendar on
/// another date: candidacy, the ARS selection that follows it, the measurement period, the jalon.
/// </summary>
public sealed record TimelineModel(DateOnly AsOf, DateOnly? ComparedWith, IReadOnlyList<TimelineRow> Rows)
{
    public IEnumerable<DateOnly> AllDates =>
        Rows.SelectMany(row => row.Bars.SelectMany(bar => new[] { bar.Start, bar.End }).Concat(row.Milestones.Select(milestone => milestone.Date)));

    internal static TimelineModel Build(RulesInForce rules, RulesInForce? compared, ValueText text)
    {
        // By symbol, not by identifier: two programmes shown together may each have an F1.
        var symbols = rules.Windows.Select(window => window.Symbol).ToList();
        if (compared is not null)
        {
            symbols.AddRange(compared.Windows.Select(window => window.Symbol).Where(symbol => !symbols.Contains(symbol)));
        }

        var rows = symbols.Select(symbol =>
        {
            var id = symbol.Id;
            var current = rules.FindWindow(symbol);
            var other = compared?.FindWindow(symbol);
            var bars = new List<TimelineBar>();
            var milestones = new List<TimelineMilestone>();
            var notes = new List<string>();
            if (current is not null)
            {
                AddWindow(current, isComparison: false, text, bars, milestones, notes);
            }
            else
            {
                notes.Add(text.T($"pas en vigueur au {text.Date(rules.AsOf)}", $"not in force on {text.Date(rules.AsOf)}"));
            }

            if (other is not null)
            {
                AddWindow(other, isComparison: true, text, bars, milestones, notes: null);
            }

            var label = (current ?? other)?.Label?.Value;
            return new TimelineRow(id, label is null ? null : ValueText.OneLine(label), bars, milestones, notes);
        }).ToList();
        return new TimelineModel(rules.AsOf, compared?.AsOf, rows);
    }

    private static void AddWindow(WindowInForce window, bool isComparison, ValueText text, List<TimelineBar> bars,
        List<TimelineMilestone> milestones, List<string>? notes)
    {
        var id = window.Symbol.Id;
        if (window.Candidacy?.Value is { Start.Date: { } start, End.Date: { } end } && start <= end)
        {
            bars.Add(new TimelineBar(TimelineBarKind.Candidacy, start, end,
                $"{id} — {text.T("candidature", "candidacy")} {text.Period(window.Candidacy.Value)}", isComparison));
            if (window.Selection?.Value is { } delay && end < DateOnly.MaxValue && SelectionEnd(end, delay) is { } selectionEnd && selectionEnd > end)
            {
                bars.Add(new TimelineBar(TimelineBarKind.Selection, end.AddDays(1), selectionEnd,
                    $"{id} — {text.T("sélection", "selection")} {text.Delay(delay)}, {text.T($"jusqu'au {text.Date(selectionEnd)}", $"until {text.Date(selectionEnd)}")}", isComparison));
            }
        }

        if (window.Measurement?.Value is { Period: { Start.Date: { } from, End.Date: { } to } } measurement && from <= to)
        {
            bars.Add(new TimelineBar(TimelineBarKind.Measurement, from, to,
                $"{id} — {text.T("mesure", "measurement")} {text.Measurement(measurement)}", isComparison)
            {
                Assumption = window.Measurement.Assumption?.Describe(text.IsEnglish),
            });
        }

        if (window.Milestone?.Value.Date is { } milestone)
        {
            milestones.Add(new TimelineMilestone(milestone, $"{id} — {text.T("jalon", "milestone")} {text.Date(milestone)}", isComparison)
            {
                Assumption = window.Milestone.Assumption?.Describe(text.IsEnglish),
            });
        }
        else if (window.Milestone is not null)
        {
            notes?.Add(text.T("jalon inconnu", "milestone unknown"));
        }
    }

    /// <summary>
    /// The last day of a selection lasting <paramref name="delay"/> after the candidacy closed on
    /// <paramref name="candidacyEnd"/>; null when it would end after the last day of the calendar.
    /// </summary>
    private static DateOnly? SelectionEnd(DateOnly candidacyEnd, Delay delay)
    {
        if (delay.Amount <= 0 || delay.Amount != decimal.Truncate(delay.Amount) || delay.Amount > 120)
        {
            return null;
        }

        var amount = (int)delay.Amount;
        var days = delay.Unit switch
        {
            DurationUnit.Months => MonthsLater(candidacyEnd.AddDays(1), amount)?.DayNumber - 1 - candidacyEnd.DayNumber,
            DurationUnit.Weeks => 7 * amount,
            DurationUnit.Days => amount,
            _ => throw new ArgumentOutOfRangeException(nameof(delay), delay.Unit, "unknown duration unit"),
        };
        return days is { } count && candidacyEnd.DayNumber + count <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(candidacyEnd.DayNumber + count) : null;
    }

    private static DateOnly? MonthsLater(DateOnly date, int months) =>
        date.Year * 12 + date.Month - 1 + months <= DateOnly.MaxValue.Year * 12 + DateOnly.MaxValue.Month - 1 ? date.AddMonths(months) : null;
}
