using SunEs.Diagnostics;
using SunEs.Semantics;
using SunEs.Syntax;

namespace SunEs.Documents.Formatting;

/// <summary>Delay units in words, shared by every view that shows a delay to a reader.</summary>
public static class DurationWords
{
    /// <summary>The unit of a delay in words, singular or plural by its amount ("mois", "semaines", "day").</summary>
    public static string Unit(Delay delay, MessageLanguage language) => (delay.Unit, language) switch
    {
        (DurationUnit.Months, MessageLanguage.French) => "mois",
        (DurationUnit.Weeks, MessageLanguage.French) => delay.Amount <= 1 ? "semaine" : "semaines",
        (DurationUnit.Days, MessageLanguage.French) => delay.Amount <= 1 ? "jour" : "jours",
        (DurationUnit.Months, _) => delay.Amount == 1 ? "month" : "months",
        (DurationUnit.Weeks, _) => delay.Amount == 1 ? "week" : "weeks",
        _ => delay.Amount == 1 ? "day" : "days",
    };
}
