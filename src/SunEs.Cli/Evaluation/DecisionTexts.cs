using System.Globalization;
using SunEs.Diagnostics;
using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>The short words the evaluation outputs use for statuses and amounts, in French or English.</summary>
internal static class DecisionTexts
{
    private static readonly NumberFormatInfo FrenchNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00a0" };

    public static string Status(DomainStatus status, MessageLanguage language) => status switch
    {
        DomainStatus.Funded => language.Pick("financé", "funded"),
        DomainStatus.TargetsMissed => language.Pick("cibles non atteintes", "targets missed"),
        DomainStatus.Ineligible => language.Pick("inéligible", "ineligible"),
        DomainStatus.Late => language.Pick("hors délai", "late"),
        DomainStatus.MeasuredOutsidePeriod => language.Pick("hors période", "outside the period"),
        _ => language.Pick("irrecevable", "inadmissible"),
    };

    /// <summary>"oui", "partiellement", "non": every requested volet admissible, some, none.</summary>
    public static string Admissibility(Admissibility admissibility, MessageLanguage language) => admissibility switch
    {
        Runtime.Admissibility.Admissible => language.Pick("oui", "yes"),
        Runtime.Admissibility.PartlyAdmissible => language.Pick("partiellement", "partly"),
        _ => language.Pick("non", "no"),
    };

    public static string Status(IndicatorStatus status, MessageLanguage language) => status switch
    {
        IndicatorStatus.Met => language.Pick("atteint", "met"),
        IndicatorStatus.Missed => language.Pick("non atteint", "missed"),
        IndicatorStatus.NotApplicable => language.Pick("non applicable", "not applicable"),
        IndicatorStatus.NoTarget => language.Pick("sans cible", "no target"),
        _ => language.Pick("non mesuré", "not measured"),
    };

    /// <summary>"D1 financé 99 000,00 €" / "D2 inéligible".</summary>
    public static string Domain(DomainDecision domain, MessageLanguage language) =>
        domain.IsFunded ? $"{domain.DomainId} {Status(domain.Status, language)} {Euros(domain.FundedAmount, language)}" : $"{domain.DomainId} {Status(domain.Status, language)}";

    /// <summary>Amounts for people: "99 000,00 €" / "€99,000.00".</summary>
    public static string Euros(decimal amount, MessageLanguage language) =>
        language == MessageLanguage.English ? "€" + amount.ToString("#,0.00", CultureInfo.InvariantCulture) : amount.ToString("#,0.00", FrenchNumbers) + "\u00a0€";

    /// <summary>Amounts for machines: "99000.00", and every further digit the amount has ("100000.005"): nothing rounded away.</summary>
    public static string Invariant(decimal amount) => amount.ToString("0.00##########################", CultureInfo.InvariantCulture);
}
