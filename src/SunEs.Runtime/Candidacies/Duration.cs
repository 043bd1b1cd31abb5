namespace SunEs.Runtime;

/// <summary>
/// A duration as the texts write it ("4 mois", "10 jours"). Weeks are kept as days; months
/// stay months, since a month has no fixed number of days: mixing the two is an error.
/// </summary>
public readonly record struct Duration
{
    public Duration(decimal amount, DurationUnit unit)
    {
        (Amount, Unit) = unit == DurationUnit.Weeks ? (amount * 7, DurationUnit.Days) : (amount, unit);
    }

    public decimal Amount { get; }

    /// <summary><see cref="DurationUnit.Days"/> or <see cref="DurationUnit.Months"/>.</summary>
    public DurationUnit Unit { get; }

    public static Duration operator +(Duration left, Duration right) => new(left.Amount + Same(left, right).Amount, left.Unit);

    public static Duration operator -(Duration left, Duration right) => new(left.Amount - Same(left, right).Amount, left.Unit);

    public static Duration operator -(Duration value) => new(-value.Amount, value.Unit);

    public static Duration operator *(Duration value, decimal factor) => new(value.Amount * factor, value.Unit);

    public static Duration operator *(decimal factor, Duration value) => new(value.Amount * factor, value.Unit);

    public static bool operator <(Duration left, Duration right) => left.Amount < Same(left, right).Amount;

    public static bool operator <=(Duration left, Duration right) => left.Amount <= Same(left, right).Amount;

    public static bool operator >(Duration left, Duration right) => left.Amount > Same(left, right).Amount;

    public static bool operator >=(Duration left, Duration right) => left.Amount >= Same(left, right).Amount;

    public static DateOnly operator +(DateOnly date, Duration duration) => duration.AddTo(date, 1);

    public static DateOnly operator +(Duration duration, DateOnly date) => duration.AddTo(date, 1);

    public static DateOnly operator -(DateOnly date, Duration duration) => duration.AddTo(date, -1);

    /// <summary>The days from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static Duration Between(DateOnly end, DateOnly start) => new(end.DayNumber - start.DayNumber, DurationUnit.Days);

    private DateOnly AddTo(DateOnly date, int sign)
    {
        if (Amount != decimal.Truncate(Amount))
        {
            throw EvaluationException.Create(EvaluationErrorKind.IncompatibleDurations, null, ToString(),
                $"La durée {this} n'est pas un nombre entier de {(Unit == DurationUnit.Days ? "jours" : "mois")}",
                $"The duration {this} is not a whole number of {(Unit == DurationUnit.Days ? "days" : "months")}");
        }

        // Months and days between 0001-01-01 and 9999-12-31 fit an int; beyond, the date leaves the calendar.
        var limit = Unit == DurationUnit.Months ? 12 * 10_000 : 366 * 10_000;
        if (Amount > limit || Amount < -limit)
        {
            throw OutOfCalendar(date, sign);
        }

        var count = sign * (int)Amount;
        try
        {
            return Unit == DurationUnit.Months ? date.AddMonths(count) : date.AddDays(count);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw OutOfCalendar(date, sign);
        }
    }

    private EvaluationException OutOfCalendar(DateOnly date, int sign) =>
        EvaluationException.Create(EvaluationErrorKind.Overflow, null, ToString(),
            $"La date {Formats.Date(date)} {(sign > 0 ? "+" : "−")} {this} sort du calendrier (du 0001-01-01 au 9999-12-31)",
            $"The date {Formats.Date(date)} {(sign > 0 ? "+" : "−")} {this} falls outside the calendar (0001-01-01 to 9999-12-31)");

    private static Duration Same(Duration left, Duration right) =>
        left.Unit == right.Unit ? right : throw EvaluationException.Create(EvaluationErrorKind.IncompatibleDurations, null, null,
            $"Les durées {left} et {right} ne se comparent pas : un mois n'a pas un nombre fixe de jours",
            $"Durations {left} and {right} cannot be combined: a month has no fixed number of days");

    public override string ToString() => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(Unit == DurationUnit.Days ? "jours" : "mois")}";
}
