namespace SunEs.Runtime;

/// <summary>
/// Builds a <see cref="Candidacy"/>: each name is looked up in the schema here, once, and each
/// value is checked against its declared type (a rate within 0–100 %, counts not negative,
/// a numerator not above its denominator). A mistake throws <see cref="EvaluationException"/>
/// naming the value and the establishment.
/// </summary>
public sealed class CandidacyBuilder
{
    private readonly CandidacySchema _schema;
    private readonly string _establishment;
    private readonly WindowField _window;
    private readonly bool[] _domains;
    private readonly PrerequisiteStatus[] _prerequisites;
    private readonly DatumValue[] _data;
    private readonly MeasuredValue?[] _measures;
    private bool _postponement;
    private CandidacyCalendar _calendar;

    internal CandidacyBuilder(CandidacySchema schema, string establishment, WindowField window)
    {
        _schema = schema;
        _establishment = establishment;
        _window = window;
        _domains = new bool[schema.Domains.Count];
        _prerequisites = new PrerequisiteStatus[schema.Prerequisites.Count];
        _data = new DatumValue[schema.Data.Count];
        _measures = new MeasuredValue?[schema.Indicators.Count];
    }

    public CandidacyBuilder RequestDomains(params string[] domainIds)
    {
        foreach (var id in domainIds)
        {
            var domain = _schema.FindDomain(id) ?? throw Unknown(EvaluationErrorKind.UnknownDomain, id, new("le domaine", "domain"));
            _domains[domain.Slot] = true;
        }

        return this;
    }

    public CandidacyBuilder RequestPostponement()
    {
        _postponement = true;
        return this;
    }

    /// <summary>The day the candidacy was filed: what "candidature déposée pendant la période de candidature" reads.</summary>
    public CandidacyBuilder FiledOn(DateOnly date)
    {
        _calendar = _calendar with { FiledOn = date };
        return this;
    }

    /// <summary>The day the establishment transmitted its results: what "résultats transmis au plus tard au jalon" reads.</summary>
    public CandidacyBuilder ResultsTransmittedOn(DateOnly date)
    {
        _calendar = _calendar with { ResultsOn = date };
        return this;
    }

    /// <summary>The period the measures cover, first and last day included: what "mesures dans la période de mesure" reads.</summary>
    public CandidacyBuilder MeasuredBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw EvaluationException.Create(EvaluationErrorKind.InvalidPeriod, _establishment, "mesure",
                $"La période mesurée finit le {Formats.Date(to)}, avant de commencer le {Formats.Date(from)}",
                $"The measured period ends on {Formats.Date(to)}, before it starts on {Formats.Date(from)}");
        }

        _calendar = _calendar with { MeasuredFrom = from, MeasuredTo = to };
        return this;
    }

    /// <summary>Where the establishment is, by any name of a territory of the schema ("Wallis et Futuna", "métropole"…).</summary>
    public CandidacyBuilder InTerritory(string territory)
    {
        var known = _schema.FindTerritory(territory) ?? throw EvaluationException.Create(EvaluationErrorKind.UnknownTerritory, _establishment, territory,
            $"Territoire inconnu « {territory} » : attendu l'un de {string.Join(", ", _schema.Territories.Select(field => field.Name))}",
            $"Unknown territory '{territory}': expected one of {string.Join(", ", _schema.Territories.Select(field => field.Name))}");
        _calendar = _calendar with { Territory = known };
        return this;
    }

    /// <summary>Every prerequisite met; follow with <see cref="PrerequisiteNotMet"/> for exceptions.</summary>
    public CandidacyBuilder AllPrerequisitesMet()
    {
        Array.Fill(_prerequisites, PrerequisiteStatus.Met);
        return this;
    }

    /// <summary>Every prerequisite declared not met; follow with <see cref="PrerequisiteMet"/> for the ones met.</summary>
    public CandidacyBuilder NoPrerequisiteMet()
    {
        Array.Fill(_prerequisites, PrerequisiteStatus.NotMet);
        return this;
    }

    public CandidacyBuilder PrerequisiteMet(params string[] prerequisiteIds) => SetPrerequisites(prerequisiteIds, PrerequisiteStatus.Met);

    public CandidacyBuilder PrerequisiteNotMet(params string[] prerequisiteIds) => SetPrerequisites(prerequisiteIds, PrerequisiteStatus.NotMet);

    /// <summary>An integer, decimal, percentage (in points) or amount (in euros).</summary>
    public CandidacyBuilder Set(string dataId, decimal value) => Set(Datum(dataId), value);

    public CandidacyBuilder Set(DataField datum, decimal value)
    {
        switch (datum.Kind)
        {
            case DataKind.Integer when value != decimal.Truncate(value):
                throw WrongKind(datum.Id, $"un entier, pas {value.ToString(Formats.Invariant)}", $"an integer, not {value.ToString(Formats.Invariant)}");
            case DataKind.Percentage when value is < 0 or > 100:
                throw EvaluationException.Create(EvaluationErrorKind.RateOutOfRange, _establishment, datum.Id,
                    $"La donnée « {datum.Id} » vaut {value.ToString(Formats.Invariant)} % : un pourcentage est compris entre 0 et 100 %",
                    $"Datum '{datum.Id}' is {value.ToString(Formats.Invariant)}%: a percentage lies between 0 and 100%");
            case DataKind.Integer or DataKind.Decimal or DataKind.Percentage or DataKind.Money:
                return Store(datum, new DatumValue(true, value, false, default, default, null));
            default:
                throw WrongKind(datum.Id, KindFr(datum.Kind), KindEn(datum.Kind));
        }
    }

    public CandidacyBuilder Set(string dataId, bool value) => Set(Datum(dataId), value);

    public CandidacyBuilder Set(DataField datum, bool value) =>
        datum.Kind == DataKind.Boolean ? Store(datum, new DatumValue(true, 0, value, default, default, null)) : throw WrongKind(datum.Id, KindFr(datum.Kind), KindEn(datum.Kind));

    public CandidacyBuilder Set(string dataId, DateOnly value) => Set(Datum(dataId), value);

    public CandidacyBuilder Set(DataField datum, DateOnly value) =>
        datum.Kind == DataKind.Date ? Store(datum, new DatumValue(true, 0, false, value, default, null)) : throw WrongKind(datum.Id, KindFr(datum.Kind), KindEn(datum.Kind));

    public CandidacyBuilder Set(string dataId, Duration value) => Set(Datum(dataId), value);

    public CandidacyBuilder Set(DataField datum, Duration value) =>
        datum.Kind == DataKind.Duration ? Store(datum, new DatumValue(true, 0, false, default, value, null)) : throw WrongKind(datum.Id, KindFr(datum.Kind), KindEn(datum.Kind));

    public CandidacyBuilder Set(string dataId, string value) => Set(Datum(dataId), value);

    /// <summary>A text, or a category's value: one the datum lists, whatever its case, accents and spacing (stored as the texts write it).</summary>
    public CandidacyBuilder Set(DataField datum, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return datum.Kind switch
        {
            DataKind.Text => Store(datum, new DatumValue(true, 0, false, default, default, value)),
            DataKind.Category => Store(datum, new DatumValue(true, 0, false, default, default, datum.FindValue(value) ?? throw UnknownValue(datum, value))),
            _ => throw WrongKind(datum.Id, KindFr(datum.Kind), KindEn(datum.Kind)),
        };
    }

    /// <summary>A rate in points: 54.9 for 54,9 %.</summary>
    public CandidacyBuilder MeasureRate(string indicatorId, decimal points)
    {
        var indicator = Indicator(indicatorId);
        _measures[indicator.Slot] = CandidacyChecks.Rate(_establishment, indicator.Id, points);
        return this;
    }

    /// <summary>A rate as counts: numerator over denominator.</summary>
    public CandidacyBuilder MeasureRatio(string indicatorId, decimal numerator, decimal denominator)
    {
        var indicator = Indicator(indicatorId);
        _measures[indicator.Slot] = CandidacyChecks.Ratio(_establishment, indicator.Id, numerator, denominator,
            numerator.ToString(Formats.Invariant), denominator.ToString(Formats.Invariant));
        return this;
    }

    public CandidacyBuilder MeasureYesNo(string indicatorId, bool yes)
    {
        _measures[Indicator(indicatorId).Slot] = MeasuredValue.Answer(yes);
        return this;
    }

    public Candidacy Build() => new(_schema, _establishment, _window, _postponement, _calendar,
        (bool[])_domains.Clone(), (PrerequisiteStatus[])_prerequisites.Clone(), (DatumValue[])_data.Clone(), (MeasuredValue?[])_measures.Clone());

    private CandidacyBuilder SetPrerequisites(string[] ids, PrerequisiteStatus status)
    {
        foreach (var id in ids)
        {
            var prerequisite = _schema.FindPrerequisite(id) ?? throw Unknown(EvaluationErrorKind.UnknownPrerequisite, id, new("le prérequis", "prerequisite"));
            _prerequisites[prerequisite.Slot] = status;
        }

        return this;
    }

    private CandidacyBuilder Store(DataField datum, DatumValue value)
    {
        if (datum.Slot >= _data.Length || _schema.Data[datum.Slot] != datum)
        {
            throw new ArgumentException("The datum does not belong to this schema.", nameof(datum));
        }

        _data[datum.Slot] = value;
        return this;
    }

    private DataField Datum(string id) => _schema.FindData(id) ?? throw Unknown(EvaluationErrorKind.UnknownDatum, id, new("la donnée", "datum"));

    private IndicatorField Indicator(string id) => _schema.FindIndicator(id) ?? throw Unknown(EvaluationErrorKind.UnknownIndicator, id, new("l'indicateur", "indicator"));

    private EvaluationException Unknown(EvaluationErrorKind kind, string id, BilingualText what) => EvaluationException.UnknownName(_establishment, kind, id, what);

    private EvaluationException UnknownValue(DataField datum, string value)
    {
        var values = string.Join(", ", (datum.Values ?? []).Select(known => $"« {known} »"));
        var valuesEn = string.Join(", ", (datum.Values ?? []).Select(known => $"'{known}'"));
        return EvaluationException.Create(EvaluationErrorKind.UnknownValue, _establishment, datum.Id,
            $"La donnée « {datum.Id} » vaut « {value} », qui n'est pas une de ses valeurs : {values} (la casse, les accents et les espaces ne comptent pas)",
            $"Datum '{datum.Id}' is '{value}', which is not one of its values: {valuesEn} (case, accents and spacing do not matter)");
    }

    private EvaluationException WrongKind(string id, string expectedFr, string expectedEn) =>
        EvaluationException.Create(EvaluationErrorKind.WrongValueKind, _establishment, id,
            $"La donnée « {id} » attend {expectedFr}", $"Datum '{id}' expects {expectedEn}");

    private static string KindFr(DataKind kind) => kind switch
    {
        DataKind.Integer => "un entier",
        DataKind.Decimal => "un décimal",
        DataKind.Percentage => "un pourcentage",
        DataKind.Money => "un montant",
        DataKind.Date => "une date",
        DataKind.Duration => "une durée",
        DataKind.Boolean => "un booléen",
        DataKind.Category => "une de ses valeurs",
        _ => "un texte",
    };

    private static string KindEn(DataKind kind) => kind switch
    {
        DataKind.Integer => "an integer",
        DataKind.Decimal => "a decimal",
        DataKind.Percentage => "a percentage",
        DataKind.Money => "an amount",
        DataKind.Date => "a date",
        DataKind.Duration => "a duration",
        DataKind.Boolean => "a boolean",
        DataKind.Category => "one of its values",
        _ => "a text",
    };
}
