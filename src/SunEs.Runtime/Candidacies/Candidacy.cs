namespace SunEs.Runtime;

/// <summary>
/// A candidacy as the rules read it: the establishment, its window, the domains it requests,
/// its prerequisites, data and measures, all in slots fixed by the <see cref="CandidacySchema"/>.
/// Built with <see cref="CandidacyBuilder"/>, which checks every value once; generated rules
/// read the slots through the typed methods below, which fail loudly on a missing value.
/// </summary>
public sealed class Candidacy
{
    private readonly bool[] _requestedDomains;
    private readonly PrerequisiteStatus[] _prerequisites;
    private readonly DatumValue[] _data;
    private readonly MeasuredValue?[] _measures;

    internal Candidacy(CandidacySchema schema, string establishment, WindowField window, bool postponementRequested, CandidacyCalendar calendar,
        bool[] requestedDomains, PrerequisiteStatus[] prerequisites, DatumValue[] data, MeasuredValue?[] measures)
    {
        Schema = schema;
        Establishment = establishment;
        Window = window;
        PostponementRequested = postponementRequested;
        FiledOn = calendar.FiledOn;
        ResultsOn = calendar.ResultsOn;
        MeasuredFrom = calendar.MeasuredFrom;
        MeasuredTo = calendar.MeasuredTo;
        Territory = calendar.Territory;
        _requestedDomains = requestedDomains;
        _prerequisites = prerequisites;
        _data = data;
        _measures = measures;
    }

    public CandidacySchema Schema { get; }

    /// <summary>The establishment's FINESS number.</summary>
    public string Establishment { get; }

    public WindowField Window { get; }

    public int WindowSlot => Window.Slot;

    /// <summary>The establishment asked to be measured at the milestone of the window its window postpones to.</summary>
    public bool PostponementRequested { get; }

    /// <summary>When the candidacy was filed; null when not given.</summary>
    public DateOnly? FiledOn { get; }

    /// <summary>When the establishment transmitted the results it reached; null when not given.</summary>
    public DateOnly? ResultsOn { get; }

    /// <summary>The first day the measures cover, when given (with <see cref="MeasuredTo"/>).</summary>
    public DateOnly? MeasuredFrom { get; }

    public DateOnly? MeasuredTo { get; }

    /// <summary>Where the establishment is; null when not given.</summary>
    public TerritoryField? Territory { get; }

    public IEnumerable<DomainField> RequestedDomains => Schema.Domains.Where(domain => _requestedDomains[domain.Slot]);

    public bool IsDomainRequested(int domainSlot) => _requestedDomains[domainSlot];

    public PrerequisiteStatus GetPrerequisiteStatus(int prerequisiteSlot) => _prerequisites[prerequisiteSlot];

    public bool HasDatum(int dataSlot) => _data[dataSlot].IsSet;

    /// <summary>Integers, decimals, percentages (points) and amounts (euros).</summary>
    public decimal ReadNumber(int dataSlot) => Require(dataSlot).Number;

    public bool ReadBoolean(int dataSlot) => Require(dataSlot).Boolean;

    public DateOnly ReadDate(int dataSlot) => Require(dataSlot).Date;

    public Duration ReadDuration(int dataSlot) => Require(dataSlot).Duration;

    public string ReadText(int dataSlot) => Require(dataSlot).Text ?? string.Empty;

    /// <summary>
    /// The measure of a rate indicator: as given, else the ratio of its numerator and denominator
    /// data (slots, or -1 when the indicator names none). Missing → <see cref="EvaluationException"/>.
    /// </summary>
    public MeasuredValue ReadRate(int indicatorSlot, int numeratorSlot, int denominatorSlot) =>
        FindRate(indicatorSlot, numeratorSlot, denominatorSlot)
        ?? throw MissingMeasure(indicatorSlot, numeratorSlot, denominatorSlot);

    /// <summary>Like <see cref="ReadRate"/> but null when nothing was given: bonuses are optional.</summary>
    public MeasuredValue? FindRate(int indicatorSlot, int numeratorSlot, int denominatorSlot)
    {
        if (_measures[indicatorSlot] is { } measure)
        {
            return measure.IsRate ? measure : throw WrongMeasure(indicatorSlot, rateExpected: true);
        }

        if (numeratorSlot < 0 || denominatorSlot < 0 || !_data[numeratorSlot].IsSet || !_data[denominatorSlot].IsSet)
        {
            return null;
        }

        var indicator = Schema.Indicators[indicatorSlot].Id;
        return CandidacyChecks.Ratio(Establishment, indicator, _data[numeratorSlot].Number, _data[denominatorSlot].Number,
            Schema.Data[numeratorSlot].Id, Schema.Data[denominatorSlot].Id);
    }

    public MeasuredValue ReadYesNo(int indicatorSlot) =>
        FindYesNo(indicatorSlot) ?? throw MissingMeasure(indicatorSlot, -1, -1);

    public MeasuredValue? FindYesNo(int indicatorSlot) => _measures[indicatorSlot] switch
    {
        null => null,
        { IsRate: false } answer => answer,
        _ => throw WrongMeasure(indicatorSlot, rateExpected: false),
    };

    /// <summary>Rules accept only candidacies built with their own schema: slots mean nothing elsewhere.</summary>
    public void EnsureSchema(CandidacySchema schema)
    {
        if (!ReferenceEquals(schema, Schema))
        {
            throw EvaluationException.Create(EvaluationErrorKind.ForeignCandidacy, Establishment, null,
                "La candidature a été construite avec le schéma d'autres règles", "The candidacy was built with the schema of other rules");
        }
    }

    private DatumValue Require(int dataSlot)
    {
        var value = _data[dataSlot];
        return value.IsSet ? value : throw EvaluationException.MissingDatum(Establishment, Schema.Data[dataSlot]);
    }

    private EvaluationException MissingMeasure(int indicatorSlot, int numeratorSlot, int denominatorSlot)
    {
        var id = Schema.Indicators[indicatorSlot].Id;
        var data = numeratorSlot < 0 || denominatorSlot < 0 ? string.Empty : $" ({Schema.Data[numeratorSlot].Id} / {Schema.Data[denominatorSlot].Id})";
        var dataEn = data.Length == 0 ? string.Empty : $" nor its data{data}";
        var dataFr = data.Length == 0 ? string.Empty : $" ni ses données{data}";
        return EvaluationException.Create(EvaluationErrorKind.MissingMeasure, Establishment, id,
            $"Mesure manquante : l'indicateur « {id} » a une cible et ni sa mesure{dataFr} n'ont été fournies",
            $"Missing measure: indicator '{id}' has a target and neither its measure{dataEn} was given");
    }

    private EvaluationException WrongMeasure(int indicatorSlot, bool rateExpected)
    {
        var id = Schema.Indicators[indicatorSlot].Id;
        return EvaluationException.Create(EvaluationErrorKind.WrongValueKind, Establishment, id,
            rateExpected ? $"L'indicateur « {id} » est un taux : sa mesure ne peut pas être oui/non" : $"L'indicateur « {id} » est un oui/non : sa mesure ne peut pas être un taux",
            rateExpected ? $"Indicator '{id}' is a rate: its measure cannot be yes/no" : $"Indicator '{id}' is yes/no: its measure cannot be a rate");
    }
}
