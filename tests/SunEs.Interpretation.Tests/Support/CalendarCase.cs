using System.Globalization;
using SunEs.Runtime;

namespace SunEs.Interpretation.Tests.Support;

/// <summary>A candidacy's filing and results dates, measured period and territory, as given (null: not given).</summary>
public sealed record CalendarCase(DateOnly? FiledOn, DateOnly? ResultsOn, DateOnly? MeasuredFrom, DateOnly? MeasuredTo, string? Territory)
{
    public void Apply(CandidacyBuilder builder)
    {
        if (FiledOn is { } filed)
        {
            builder.FiledOn(filed);
        }

        if (ResultsOn is { } results)
        {
            builder.ResultsTransmittedOn(results);
        }

        if (MeasuredFrom is { } from && MeasuredTo is { } to)
        {
            builder.MeasuredBetween(from, to);
        }

        if (Territory is { } territory)
        {
            builder.InTerritory(territory);
        }
    }

    public override string ToString() =>
        $"déposée le {Date(FiledOn)}, résultats le {Date(ResultsOn)}, mesurée du {Date(MeasuredFrom)} au {Date(MeasuredTo)}, territoire {Territory ?? "-"}";

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
