using System.Globalization;
using SunEs.Diagnostics;
using SunEs.Semantics;
using SunEs.Syntax;

namespace SunEs.Documents.Formatting;

/// <summary>
/// The words every document uses for values: dates written out ("1er septembre 2021"), amounts
/// in M€, rates, delays. Month names are spelled here rather than taken from the system's culture
/// data, so that a page is the same on every machine.
/// </summary>
internal sealed class ValueText(MessageLanguage language)
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] FrenchMonthInitials = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public MessageLanguage Language => language;

    public bool IsEnglish => language == MessageLanguage.English;

    /// <summary>"vers F2, cibles de F1, dégressivité de F1".</summary>
    public string Postponement(Postponement postponement) => T(
        $"vers {postponement.Target.Id}, cibles de {postponement.TargetsOf?.Id ?? "?"}, dégressivité de {postponement.DegressivityOf?.Id ?? "?"}",
        $"to {postponement.Target.Id}, targets of {postponement.TargetsOf?.Id ?? "?"}, degressivity of {postponement.DegressivityOf?.Id ?? "?"}");

    public string CalendarRule(CalendarRuleKind rule) => RuleWords.CalendarRule(rule, language);

    public string OverseasScope(OverseasScope scope) => RuleWords.OverseasScope(scope, language);

    public string T(string french, string english) => language.Pick(french, english);

    /// <summary>"1er septembre 2021" / "1 September 2021".</summary>
    public string Date(DateOnly date) => language == MessageLanguage.English
        ? $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}"
        : $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {FrenchMonths[date.Month - 1]} {date.Year}";

    public string Date(DateValue date) => date.Date is { } known ? Date(known) : T("inconnue", "unknown");

    /// <summary>"2023-03-31": for attributes and machine-read output.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? IsoDate(DateValue date) => date.Date is { } known ? IsoDate(known) : null;

    public string MonthInitial(int month) => language == MessageLanguage.English ? EnglishMonths[month - 1][..1] : FrenchMonthInitials[month - 1];

    public string Period(DatePeriod period) => T($"du {Date(period.Start)} au {Date(period.End)}", $"from {Date(period.Start)} to {Date(period.End)}");

    public string Measurement(Measurement measurement) =>
        measurement.Label is { Length: > 0 } label ? $"{label}{T(" : ", ": ")}{Period(measurement.Period)}" : Period(measurement.Period);

    public string Delay(Delay delay)
    {
        var amount = Number(delay.Amount);
        var unit = DurationWords.Unit(delay, language);
        return delay.IsMaximum ? T($"{amount} {unit} maximum", $"at most {amount} {unit}") : $"{amount} {unit}";
    }

    /// <summary>"55 %" in French, "55%" in English.</summary>
    public string Percentage(decimal points) => T($"{Number(points)} %", $"{Number(points)}%");

    public string Target(TargetValue target) => target.Kind switch
    {
        TargetKind.Rate => Percentage(target.Points),
        TargetKind.Yes => T("oui", "yes"),
        TargetKind.No => T("non", "no"),
        TargetKind.None => "/",
        _ => throw new ArgumentOutOfRangeException(nameof(target), target.Kind, "unknown target kind"),
    };

    /// <summary>"210 M€", "6,37 M€", "1 234 567 €"; "environ 9,5 M€" when the text says so.</summary>
    public string Money(decimal euros, bool isApproximate)
    {
        var text = euros >= 1_000_000m && euros % 10_000m == 0
            ? $"{Number(euros / 1_000_000m)} M€"
            : $"{Grouped(euros)} €";
        return isApproximate ? $"{T("environ", "about")} {text}" : text;
    }

    public string Money(Envelope envelope) => Money(envelope.Euros, envelope.IsApproximate);

    public string EnvelopePart(EnvelopePart part)
    {
        var who = part.Description is { } description ? $"« {description} »" : Entities(part.Entities);
        return $"{T("dont", "of which")} {who}{T(" : ", ": ")}{Money(part.Euros, part.IsApproximate)}";
    }

    /// <summary>The envelope and its parts, on one line.</summary>
    public string EnvelopeWithParts(Envelope envelope) =>
        envelope.Parts.Count == 0 ? Money(envelope) : $"{Money(envelope)} ({string.Join(" ; ", envelope.Parts.Select(EnvelopePart))})";

    public string Rounding(RoundingRule rule)
    {
        var unit = rule.Unit switch
        {
            RoundingUnit.Cent => T("au centime", "to the cent"),
            RoundingUnit.Euro => T("à l'euro", "to the euro"),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Unit, "unknown rounding unit"),
        };
        var mode = rule.Mode switch
        {
            RoundingMode.HalfAwayFromZero => T("au plus proche", "to nearest"),
            RoundingMode.Down => T("inférieur", "down"),
            RoundingMode.Up => T("supérieur", "up"),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Mode, "unknown rounding mode"),
        };
        return $"{unit}, {mode}";
    }

    public string Definition(IndicatorDefinition definition) => definition switch
    {
        RateDefinition rate => $"{T("taux", "rate")} = {rate.Numerator?.Id ?? "?"} / {rate.Denominator?.Id ?? "?"}",
        YesNoDefinition => T("oui/non", "yes/no"),
        _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, "unknown indicator definition"),
    };

    public string Entities(IReadOnlyList<EntitySymbol> entities) =>
        entities.Count == 0 ? T("aucun", "none") : string.Join(", ", entities.Select(entity => entity.Id));

    /// <summary>A label as one line: the texts break long labels over several strings.</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public string Number(decimal value) => value.ToString("0.##", language == MessageLanguage.English ? CultureInfo.InvariantCulture : French);

    private string Grouped(decimal value) => language == MessageLanguage.English
        ? value.ToString("#,0.##", CultureInfo.InvariantCulture)
        : value.ToString("#,0.##", French).Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
