using FsCheck;
using FsCheck.Fluent;
using SunEs.Runtime;

namespace SunEs.Interpretation.Tests.Support;

/// <summary>
/// Generated candidacies over compiled texts: every window and domain, each prerequisite met,
/// not met or undeclared, data missing or given (amounts with cents, counts, flags), measures
/// on either side of each threshold (±0.1 point) or exactly on it, as rates, ratios of counts or
/// answers, some of the wrong kind or impossible, and dates around each change of the rules.
/// </summary>
public static class CandidacyCases
{
    private static readonly decimal[] NearThreshold = [-0.1m, 0m, 0.1m];

    /// <summary>Found by FsCheck.Xunit through <c>[Property(Arbitrary = …)]</c>.</summary>
    public static Arbitrary<CandidacyCase> Cases() => Arb.From(Generator(CorpusRules.Facts));

    internal static Gen<CandidacyCase> Generator(CorpusFacts facts)
    {
        var schema = facts.Schema;
        return from establishment in Gen.Choose(1_000_000, 99_999_999).Select(number => FinessNumber.WithCheckDigit(number.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)))
               from window in Gen.Elements(schema.Windows.Select(field => field.Id))
               from domains in Gen.SubListOf(schema.Domains.Select(field => field.Id))
               from postponement in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
               from prerequisites in Prerequisites(schema)
               from data in Gen.CollectToList(schema.Data, Datum)
               from measures in Gen.CollectToList(schema.Indicators, indicator => Measure(indicator.Id, facts))
               from asOf in AsOf(facts)
               from calendar in Calendar(facts, window)
               select new CandidacyCase(establishment, window, domains.ToList(), postponement, prerequisites,
                   data.OfType<DatumCase>().ToList(), measures.OfType<MeasureCase>().ToList(), asOf) { Calendar = calendar };
    }

    /// <summary>
    /// A filing date inside the window's candidacy period or on, the day before or the day after one
    /// of its ends; results some weeks before the window's earliest milestone, or on, the day before
    /// or after one of its milestones (its postponement's included), in any epoch; either sometimes missing; measured
    /// periods inside or straddling a calendar date; a territory metropolitan, overseas inside or
    /// outside a scope, unknown, or missing.
    /// </summary>
    private static Gen<CalendarCase> Calendar(CorpusFacts facts, string window)
    {
        var dates = facts.Windows.GetValueOrDefault(window) ?? new WindowDates([facts.EpochStarts[0]], [facts.EpochStarts[0]]);
        var missing = Gen.Constant<DateOnly?>(null);
        var filedInside = from day in Gen.Choose(0, dates.CandidacyBounds[^1].DayNumber - dates.CandidacyBounds[0].DayNumber)
                          select (DateOnly?)dates.CandidacyBounds[0].AddDays(day);
        var filed = Gen.Frequency((30, filedInside), (4, Around(dates.CandidacyBounds)), (1, missing));
        // Before the window's earliest milestone: on time whatever the epoch and the postponement.
        var resultsEarly = from days in Gen.Choose(0, 90)
                           select (DateOnly?)dates.Milestones[0].AddDays(-days);
        var results = Gen.Frequency((30, resultsEarly), (5, Around(dates.Milestones)), (1, missing));
        var period = Gen.Frequency(
            (3, Gen.Constant<(DateOnly?, DateOnly?)>((null, null))),
            (2, from start in Gen.Elements(facts.CalendarDates.AsEnumerable())
                from length in Gen.Choose(0, 200)
                from shift in Gen.Choose(-1, 1)
                select ((DateOnly?)start.AddDays(shift), (DateOnly?)start.AddDays(shift + length))));
        var territory = Gen.Frequency(
            (16, Gen.Constant<string?>("France métropolitaine")),
            (3, Gen.Elements<string?>("Guadeloupe", "la réunion", "Wallis et Futuna", "Polynésie française", "Nouvelle-Calédonie", "Mayotte")),
            (1, Gen.Constant<string?>(null)),
            (1, Gen.Constant<string?>("Atlantide")));
        return from filedOn in filed
               from resultsOn in results
               from measured in period
               from place in territory
               select new CalendarCase(filedOn, resultsOn, measured.Item1, measured.Item2, place);
    }

    private static Gen<DateOnly?> Around(IReadOnlyList<DateOnly> dates) =>
        from date in Gen.Elements(dates.AsEnumerable())
        from offset in Gen.Choose(-1, 1)
        select (DateOnly?)date.AddDays(offset);

    /// <summary>Most candidacies meet every prerequisite, so that domains get judged; the others mix statuses.</summary>
    private static Gen<IReadOnlyList<(string, PrerequisiteStatus)>> Prerequisites(CandidacySchema schema)
    {
        var ids = schema.Prerequisites.Select(field => field.Id).ToList();
        var allMet = Gen.Constant<IReadOnlyList<(string, PrerequisiteStatus)>>(ids.Select(id => (id, PrerequisiteStatus.Met)).ToList());
        var status = Gen.Frequency((6, Gen.Constant(PrerequisiteStatus.Met)), (2, Gen.Constant(PrerequisiteStatus.NotMet)), (1, Gen.Constant(PrerequisiteStatus.Unknown)));
        var mixed = Gen.CollectToList(ids, id => status.Select(value => (id, value))).Select(list => (IReadOnlyList<(string, PrerequisiteStatus)>)list.ToList());
        return Gen.Frequency((3, allMet), (2, mixed));
    }

    /// <summary>A datum of its declared kind or missing; a few amounts are negative, which the rules refuse.</summary>
    private static Gen<DatumCase?> Datum(DataField field)
    {
        Gen<object> value = field.Kind switch
        {
            DataKind.Integer => Gen.Frequency((9, Gen.Choose(0, 5_000)), (1, Gen.Elements(0, 1))).Select(count => (object)(decimal)count),
            DataKind.Money => Gen.Frequency(
                (30, from euros in Gen.Choose(0, 400_000) from cents in Gen.Choose(0, 99) select (object)(euros + cents / 100m)),
                (1, Gen.Constant((object)-1m))),
            DataKind.Percentage => Gen.Choose(0, 1000).Select(tenths => (object)(tenths / 10m)),
            DataKind.Decimal => Gen.Choose(-1000, 100_000).Select(hundredths => (object)(hundredths / 100m)),
            // Flags are mostly true: conditions ("recevable si …", "éligible si …") then let domains be judged.
            DataKind.Boolean => Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false))).Select(flag => (object)flag),
            DataKind.Date => Gen.Choose(0, 1_500).Select(days => (object)new DateOnly(2021, 1, 1).AddDays(days)),
            DataKind.Duration => from amount in Gen.Choose(0, 24) from unit in Gen.Elements(DurationUnit.Days, DurationUnit.Weeks, DurationUnit.Months)
                                 select (object)new Duration(amount, unit),
            // A category's own values, others written in another case or without accents, and some it does not list.
            DataKind.Category => Gen.Elements((field.Values ?? []).SelectMany(known => new[] { known, known, known.ToLowerInvariant() }).Append("inconnue").Append(" ").ToArray())
                .Select(text => (object)text),
            _ => Gen.Elements("", "oui", "CHU").Select(text => (object)text),
        };
        // Counts are often left out (measures are then given directly, or are missing); amounts and flags rarely.
        var given = field.Kind == DataKind.Integer ? 4 : 24;
        return Gen.Frequency((1, Gen.Constant<DatumCase?>(null)), (given, value.Select(v => (DatumCase?)new DatumCase(field.Id, v))));
    }

    private static Gen<MeasureCase?> Measure(string indicator, CorpusFacts facts)
    {
        var answer = Gen.Elements(true, false).Select(yes => (MeasureCase?)new MeasureCase(indicator, MeasureKind.YesNo, 0, 0, yes));
        var missing = Gen.Constant<MeasureCase?>(null);
        if (!facts.RateIndicators.Contains(indicator))
        {
            var wrongKind = Gen.Choose(0, 100).Select(points => (MeasureCase?)new MeasureCase(indicator, MeasureKind.Rate, points, 0, false));
            return Gen.Frequency((16, answer), (2, missing), (1, wrongKind));
        }

        // An indicator's own thresholds, over every epoch and window (a bonus without a target still gets rates around 50 %).
        var thresholds = facts.RateThresholds.GetValueOrDefault(indicator) ?? [50m];
        var nearThreshold = from threshold in Gen.Elements(thresholds.AsEnumerable())
                            from offset in Gen.Elements(NearThreshold)
                            select (MeasureCase?)new MeasureCase(indicator, MeasureKind.Rate, Math.Clamp(threshold + offset, 0m, 100m), 0, false);
        var anyRate = Gen.Choose(0, 1000).Select(tenths => (MeasureCase?)new MeasureCase(indicator, MeasureKind.Rate, tenths / 10m, 0, false));
        var ratio = from denominator in Gen.Choose(1, 3_000)
                    from threshold in Gen.Elements(thresholds.AsEnumerable())
                    from step in Gen.Choose(-2, 2)
                    let numerator = Math.Clamp(decimal.Round(denominator * threshold / 100m) + step, 0m, denominator)
                    select (MeasureCase?)new MeasureCase(indicator, MeasureKind.Ratio, numerator, denominator, false);
        var impossible = Gen.Elements(
            new MeasureCase(indicator, MeasureKind.Rate, 100.1m, 0, false),
            new MeasureCase(indicator, MeasureKind.Ratio, 11, 10, false),
            new MeasureCase(indicator, MeasureKind.Ratio, 0, 0, false)).Select(measure => (MeasureCase?)measure);
        return Gen.Frequency((16, nearThreshold), (6, anyRate), (8, ratio), (facts.BonusIndicators.Contains(indicator) ? 12 : 3, missing), (1, answer), (1, impossible));
    }

    /// <summary>The day before, of and after each change of the rules (2023-03-20, -21, -22…), or any day from before the first text to 2024.</summary>
    private static Gen<DateOnly> AsOf(CorpusFacts facts)
    {
        var aroundChanges = from start in Gen.Elements(facts.EpochStarts.AsEnumerable())
                            from offset in Gen.Choose(-1, 1)
                            select start.AddDays(offset);
        var anyDay = Gen.Choose(0, 1_300).Select(days => facts.EpochStarts[0].AddDays(days - 60));
        return Gen.Frequency((1, aroundChanges), (2, anyDay));
    }
}
