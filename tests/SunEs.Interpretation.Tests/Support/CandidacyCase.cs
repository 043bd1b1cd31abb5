using System.Globalization;
using System.Text;
using SunEs.Runtime;

namespace SunEs.Interpretation.Tests.Support;

/// <summary>A datum as given by a candidacy: a decimal, a bool, a date, a duration or a text.</summary>
public sealed record DatumCase(string Id, object Value)
{
    public override string ToString() => $"{Id} = {Format(Value)}";

    internal static string Format(object value) => value switch
    {
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "oui" : "non",
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>A measure as given: a rate in points, a ratio of counts, or a yes/no answer.</summary>
public sealed record MeasureCase(string Id, MeasureKind Kind, decimal First, decimal Second, bool Answer)
{
    public override string ToString() => Kind switch
    {
        MeasureKind.Rate => $"{Id} = {First.ToString(CultureInfo.InvariantCulture)} %",
        MeasureKind.Ratio => $"{Id} = {First.ToString(CultureInfo.InvariantCulture)} / {Second.ToString(CultureInfo.InvariantCulture)}",
        _ => $"{Id} = {(Answer ? "oui" : "non")}",
    };
}

/// <summary>
/// A candidacy described by names and values, independent of any rules, so that the same
/// description builds one candidacy for each schema under test (a candidacy only runs against
/// the rules whose schema built it), and a failing case reads like a test of the texts.
/// </summary>
public sealed record CandidacyCase(
    string Establishment,
    string Window,
    IReadOnlyList<string> Domains,
    bool Postponement,
    IReadOnlyList<(string Id, PrerequisiteStatus Status)> Prerequisites,
    IReadOnlyList<DatumCase> Data,
    IReadOnlyList<MeasureCase> Measures,
    DateOnly AsOf)
{
    /// <summary>The candidacy's dates and territory, each possibly missing (then rules in force that read it refuse the candidacy).</summary>
    public CalendarCase Calendar { get; init; } = new(null, null, null, null, null);

    /// <summary>Builds the candidacy through <paramref name="schema"/>: a value the builder refuses throws its <see cref="EvaluationException"/>.</summary>
    public Candidacy Build(CandidacySchema schema)
    {
        var builder = schema.NewCandidacy(Establishment, Window).RequestDomains([.. Domains]);
        if (Postponement)
        {
            builder.RequestPostponement();
        }

        Calendar.Apply(builder);

        foreach (var (id, status) in Prerequisites)
        {
            _ = status switch
            {
                PrerequisiteStatus.Met => builder.PrerequisiteMet(id),
                PrerequisiteStatus.NotMet => builder.PrerequisiteNotMet(id),
                _ => builder,
            };
        }

        foreach (var datum in Data)
        {
            _ = datum.Value switch
            {
                decimal number => builder.Set(datum.Id, number),
                bool flag => builder.Set(datum.Id, flag),
                DateOnly date => builder.Set(datum.Id, date),
                Duration duration => builder.Set(datum.Id, duration),
                string text => builder.Set(datum.Id, text),
                var other => throw new ArgumentOutOfRangeException(nameof(Data), other, "unsupported datum value"),
            };
        }

        foreach (var measure in Measures)
        {
            _ = measure.Kind switch
            {
                MeasureKind.Rate => builder.MeasureRate(measure.Id, measure.First),
                MeasureKind.Ratio => builder.MeasureRatio(measure.Id, measure.First, measure.Second),
                _ => builder.MeasureYesNo(measure.Id, measure.Answer),
            };
        }

        return builder.Build();
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"établissement {Establishment}, candidature en {Window} pour [{string.Join(", ", Domains)}]");
        text.Append(Postponement ? " avec report" : string.Empty);
        text.Append(CultureInfo.InvariantCulture, $" ({Calendar})");
        text.Append(CultureInfo.InvariantCulture, $" au {AsOf:yyyy-MM-dd}; prérequis [{string.Join(", ", Prerequisites.Select(p => $"{p.Id} {p.Status}"))}]");
        text.Append(CultureInfo.InvariantCulture, $"; données [{string.Join(", ", Data)}]; mesures [{string.Join(", ", Measures)}]");
        return text.ToString();
    }
}
