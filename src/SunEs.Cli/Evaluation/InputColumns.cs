using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// The fixed columns (CSV) or keys (JSON) of a candidature, with the spellings accepted for each.
/// Every other column names a prerequisite, a datum or an indicator of the rules.
/// </summary>
internal static class InputColumns
{
    public const string Establishment = "établissement";
    public const string Window = "fenêtre";
    public const string Domains = "domaines";
    public const string Postponement = "report";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        [Establishment] = Establishment,
        ["etablissement"] = Establishment,
        ["finess"] = Establishment,
        ["establishment"] = Establishment,
        [Window] = Window,
        ["fenetre"] = Window,
        ["window"] = Window,
        [Domains] = Domains,
        ["domains"] = Domains,
        [Postponement] = Postponement,
        ["postponement"] = Postponement,
    };

    /// <summary>The fixed column a header names, or null for a column of the rules.</summary>
    public static string? Fixed(string header) => Aliases.GetValueOrDefault(header.Trim());

    public const string FiledOn = "déposée_le";
    public const string ResultsOn = "résultats_le";
    public const string MeasuredFrom = "mesurée_du";
    public const string MeasuredTo = "mesurée_au";
    public const string Territory = "territoire";

    private static readonly Dictionary<string, string> CalendarAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        [FiledOn] = FiledOn,
        ["deposee_le"] = FiledOn,
        ["filed_on"] = FiledOn,
        [ResultsOn] = ResultsOn,
        ["resultats_le"] = ResultsOn,
        ["results_on"] = ResultsOn,
        [MeasuredFrom] = MeasuredFrom,
        ["mesuree_du"] = MeasuredFrom,
        ["measured_from"] = MeasuredFrom,
        [MeasuredTo] = MeasuredTo,
        ["mesuree_au"] = MeasuredTo,
        ["measured_to"] = MeasuredTo,
        [Territory] = Territory,
        ["territory"] = Territory,
    };

    /// <summary>The candidacy fact (filing date, results date, measured period, territory) a column names, or null.</summary>
    public static string? CalendarFact(string header) => CalendarAliases.GetValueOrDefault(header.Trim());

    /// <summary>"D1 D2", "D1, D2", "D1+D2".</summary>
    public static IReadOnlyList<string> SplitList(string value) =>
        value.Split([' ', ',', ';', '+', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string MissingField(MessageLanguage language, string field) => language.Pick(
        $"la colonne « {field} » est obligatoire",
        $"column '{field}' is required");
}
