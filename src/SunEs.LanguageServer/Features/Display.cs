using System.Globalization;
using SunEs.Diagnostics;
using SunEs.Semantics;
using SunEs.Syntax;

namespace SunEs.LanguageServer.Features;

/// <summary>How values of the rules read in hovers and hints: French by default, English on request.</summary>
public static class Display
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"2023/28" for "DGOS/PF5/DNS/2023/28": the year and number readers cite.</summary>
    public static string ShortName(InstructionSymbol instruction)
    {
        var parts = instruction.Number.Split('/');
        return parts.Length >= 2 ? $"{parts[^2]}/{parts[^1]}" : instruction.Number;
    }

    public static string Date(DateOnly date, MessageLanguage language) =>
        language == MessageLanguage.English
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateValue value, MessageLanguage language) =>
        value.Date is { } date ? Date(date, language) : language == MessageLanguage.English ? "unknown" : "inconnue";

    public static string Period(DatePeriod period, MessageLanguage language) =>
        language == MessageLanguage.English
            ? $"from {Date(period.Start, language)} to {Date(period.End, language)}"
            : $"du {Date(period.Start, language)} au {Date(period.End, language)}";

    public static string Measurement(Measurement measurement, MessageLanguage language) =>
        (measurement.Label is { } label ? $"« {label} » " : string.Empty) + Period(measurement.Period, language);

    public static string Percent(decimal points) => points.ToString("0.##", French) + " %";

    public static string Money(decimal euros) => euros.ToString("#,0.##", French) + " €";

    public static string Envelope(Envelope envelope, MessageLanguage language) =>
        (envelope.IsApproximate ? (language == MessageLanguage.English ? "about " : "environ ") : string.Empty) + Money(envelope.Euros);

    public static string Delay(Delay delay, MessageLanguage language)
    {
        var unit = (delay.Unit, language) switch
        {
            (DurationUnit.Days, MessageLanguage.English) => "days",
            (DurationUnit.Weeks, MessageLanguage.English) => "weeks",
            (DurationUnit.Months, MessageLanguage.English) => "months",
            (DurationUnit.Days, _) => "jours",
            (DurationUnit.Weeks, _) => "semaines",
            _ => "mois",
        };
        var maximum = delay.IsMaximum ? (language == MessageLanguage.English ? " at most" : " au plus") : string.Empty;
        return $"{delay.Amount.ToString("0.##", French)} {unit}{maximum}";
    }

    public static string Target(TargetValue target) => target.ToString();

    public static string DataType(DataType type, MessageLanguage language) =>
        ValueTypes.FromDataType(type).Describe().In(language);

    public static string Kind(EntityKind kind, MessageLanguage language) => kind.Describe().In(language);
}
