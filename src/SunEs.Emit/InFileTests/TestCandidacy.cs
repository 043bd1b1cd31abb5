using SunEs.Semantics;
using SunEs.Syntax;
using R = SunEs.Runtime;
using ValueType = SunEs.Semantics.ValueType;

namespace SunEs.Emit.InFileTests;

/// <summary>Builds the candidacy a test written in an instruction describes, through the schema of compiled rules.</summary>
public static class TestCandidacy
{
    /// <summary>The establishment used when a test does not name one.</summary>
    public const string AnonymousEstablishment = "000000000";

    public static R.Candidacy Build(BoundTest test, R.CandidacySchema schema)
    {
        ArgumentNullException.ThrowIfNull(test);
        var window = test.Window ?? throw new ArgumentException($"Test '{test.Name}' has no window.", nameof(test));
        var builder = schema.NewCandidacy(test.Establishment ?? AnonymousEstablishment, window.Id)
            .RequestDomains([.. test.Domains.Select(domain => domain.Id)]);
        if (test.PostponementRequested)
        {
            builder.RequestPostponement();
        }

        if (test.FiledOn is { } filedOn)
        {
            builder.FiledOn(filedOn);
        }

        if (test.ResultsOn is { } resultsOn)
        {
            builder.ResultsTransmittedOn(resultsOn);
        }

        if (test.MeasuredPeriod is { Start.Date: { } from, End.Date: { } to })
        {
            builder.MeasuredBetween(from, to);
        }

        if (test.Territory is { } territory)
        {
            builder.InTerritory(territory);
        }

        var named = test.PrerequisiteNames.Select(prerequisite => prerequisite.Id).ToArray();
        _ = test.PrerequisiteStatus switch
        {
            PrerequisiteStatusKind.AllExcept => builder.AllPrerequisitesMet().PrerequisiteNotMet(named),
            PrerequisiteStatusKind.Only => builder.NoPrerequisiteMet().PrerequisiteMet(named),
            _ => builder.NoPrerequisiteMet(),
        };

        foreach (var datum in test.Data)
        {
            var id = datum.Data.Id;
            var value = datum.Value;
            _ = value.Type switch
            {
                ValueType.Boolean => builder.Set(id, value.Boolean),
                ValueType.Date => builder.Set(id, value.Date),
                ValueType.Text or ValueType.Category => builder.Set(id, value.Text),
                ValueType.Duration => builder.Set(id, new R.Duration(value.Number, Enum.Parse<R.DurationUnit>(value.DurationUnit.ToString()))),
                _ => builder.Set(id, value.Number),
            };
        }

        foreach (var measure in test.Measures)
        {
            var id = measure.Indicator.Id;
            _ = measure.Value switch
            {
                MeasuredRatio ratio => builder.MeasureRatio(id, ratio.Numerator, ratio.Denominator),
                MeasuredRate rate => builder.MeasureRate(id, rate.Points),
                MeasuredYesNo answer => builder.MeasureYesNo(id, answer.Value),
                _ => throw new ArgumentOutOfRangeException(nameof(test), measure.Value, "unknown measure"),
            };
        }

        foreach (var outcome in test.EarlierOutcomes)
        {
            _ = outcome.Kind == OutcomeKind.TargetMet
                ? builder.TargetMetIn(outcome.Subject.Id, outcome.Window.Id, outcome.Value)
                : builder.FundedIn(outcome.Subject.Id, outcome.Window.Id, outcome.Value);
        }

        return builder.Build();
    }
}
