namespace SunEs.Documents.Timeline;

/// <summary>
/// The months the calendar draws, left to right, each <see cref="MonthWidth"/> wide. Months
/// around the dates of the windows are drawn one by one; a stretch of more than
/// <see cref="LongestDrawnGap"/> months with no date in it is drawn as one narrow break, so a
/// measurement that runs to 31 December 9999 gives a picture of a few dozen columns, not of
/// 95,000 months. Positions are computed from day numbers: no date arithmetic can overflow at
/// either end of the calendar.
/// </summary>
internal sealed class TimelineAxis
{
    public const double MonthWidth = 30;

    private const int LongestDrawnGap = 24;

    private readonly List<Column> _columns;

    /// <param name="dates">Every date the calendar shows; none gives one column, the month of <paramref name="fallback"/>.</param>
    public TimelineAxis(IEnumerable<DateOnly> dates, DateOnly fallback)
    {
        var months = dates.Select(MonthIndex).Distinct().Order().ToList();
        if (months.Count == 0)
        {
            months.Add(MonthIndex(fallback));
        }

        _columns = [];
        var runStart = months[0];
        var runEnd = months[0];
        foreach (var month in months.Skip(1))
        {
            if (month - runEnd > LongestDrawnGap)
            {
                AddMonths(runStart, runEnd);
                _columns.Add(new Column(runEnd + 1, month - 1, IsBreak: true));
                runStart = month;
            }

            runEnd = month;
        }

        AddMonths(runStart, runEnd);
    }

    /// <summary>One drawn month, or a break standing for the months from <see cref="FirstMonth"/> to <see cref="LastMonth"/>.</summary>
    public sealed record Column(int FirstMonth, int LastMonth, bool IsBreak)
    {
        public DateOnly FirstDay => FromMonthIndex(FirstMonth);

        public DateOnly LastDay
        {
            get
            {
                var first = FromMonthIndex(LastMonth);
                return new DateOnly(first.Year, first.Month, DateTime.DaysInMonth(first.Year, first.Month));
            }
        }
    }

    public IReadOnlyList<Column> Columns => _columns;

    public double Width => _columns.Count * MonthWidth;

    /// <summary>The left edge of a day, from the start of the axis.</summary>
    public double Start(DateOnly date) => Offset(date, dayEnd: false);

    /// <summary>The right edge of a day: where the next day would start, without computing the next day.</summary>
    public double End(DateOnly date) => Offset(date, dayEnd: true);

    private double Offset(DateOnly date, bool dayEnd)
    {
        var month = MonthIndex(date);
        var index = LastColumnStartingBy(month);
        if (index < 0)
        {
            return 0;
        }

        var column = _columns[index];
        if (month > column.LastMonth)
        {
            return (index + 1) * MonthWidth;
        }

        var first = column.FirstDay.DayNumber;
        var days = column.LastDay.DayNumber - first + 1;
        var elapsed = date.DayNumber - first + (dayEnd ? 1 : 0);
        return (index + elapsed / (double)days) * MonthWidth;
    }

    private int LastColumnStartingBy(int month)
    {
        var (low, high) = (0, _columns.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_columns[middle].FirstMonth <= month)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high;
    }

    private void AddMonths(int first, int last)
    {
        for (var month = first; month <= last; month++)
        {
            _columns.Add(new Column(month, month, IsBreak: false));
        }
    }

    private static int MonthIndex(DateOnly date) => date.Year * 12 + date.Month - 1;

    private static DateOnly FromMonthIndex(int index) => new(index / 12, index % 12 + 1, 1);
}
