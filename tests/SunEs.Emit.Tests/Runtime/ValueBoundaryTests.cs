using SunEs.Emit.Tests.Support;
using SunEs.Runtime;
using static SunEs.Emit.Tests.Support.Candidacies;

namespace SunEs.Emit.Tests.Runtime;

/// <summary>
/// Arithmetic on a candidacy's values either computes or fails as an <see cref="EvaluationException"/>
/// naming the value: counts near the top of the decimal range, dates near the ends of the calendar.
/// </summary>
public sealed class ValueBoundaryTests(EmittedCorpus corpus) : IClassFixture<EmittedCorpus>
{
    private static readonly DateOnly April2023 = new(2023, 4, 1);

    [Theory]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335", true)]
    [InlineData("43575489382845385676449172684", "79228162514264337593543950335", false)]
    [InlineData("43575489382845385676449172685", "79228162514264337593543950335", true)]
    [InlineData("0.0000000000000000000000000055", "0.0000000000000000000000000100", true)]
    [InlineData("0.0000000000000000000000000054", "0.0000000000000000000000000100", false)]
    public void A_ratio_of_any_counts_is_compared_with_its_target_exactly(string numerator, string denominator, bool met)
    {
        var candidacy = Hospital(corpus.Rules, "F2").RequestDomains("D1").Set("forfait_d1", 100_000m).Set("activité_chirurgie", false)
            .MeasureRatio("DS1.1", decimal.Parse(numerator, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(denominator, System.Globalization.CultureInfo.InvariantCulture))
            .MeasureRate("DS1.2", 48m).Build();

        var decision = corpus.Rules.Evaluate(candidacy, April2023);

        Assert.Equal(met ? IndicatorStatus.Met : IndicatorStatus.Missed, decision.FindIndicator("DS1.1")!.Status);
    }

    [Fact]
    public void The_rate_of_huge_counts_is_shown_without_overflow()
    {
        var measured = Hospital(corpus.Rules, "F2").MeasureRatio("DS1.1", decimal.MaxValue, decimal.MaxValue).Build().ReadRate(
            corpus.Rules.Schema.FindIndicator("DS1.1")!.Slot, -1, -1);

        Assert.Equal(100m, measured.Points);
    }

    [Theory]
    [InlineData(9999, 12, 1, 1, DurationUnit.Months)]
    [InlineData(1, 1, 1, -1, DurationUnit.Days)]
    [InlineData(2023, 4, 1, 100_000_000, DurationUnit.Days)]
    public void A_date_moved_out_of_the_calendar_is_an_evaluation_error(int year, int month, int day, int amount, DurationUnit unit)
    {
        var error = Assert.Throws<EvaluationException>(() => new DateOnly(year, month, day) + new Duration(amount, unit));

        Assert.Equal(EvaluationErrorKind.Overflow, error.Kind);
        Assert.Contains("sort du calendrier", error.Text.French);
    }
}
