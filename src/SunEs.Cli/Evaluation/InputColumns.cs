using System.Text;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>A column (CSV) or key (JSON) every candidature file may have whatever the rules: its name and the other spellings accepted for it.</summary>
internal sealed record FixedColumn(string Name, IReadOnlyList<string> Aliases, bool IsRequired);

/// <summary>
/// The fixed columns of a candidature, in one table: a new column is one line here and its use in
/// <see cref="CandidacyFactory"/>. Every other column names a prerequisite, a datum or an indicator
/// of the rules. Names are compared in Unicode normal form C and without case, so a header typed
/// with decomposed accents ("e" + U+0301) names the same column.
/// </summary>
internal static class InputColumns
{
    public static readonly FixedColumn Establishment = new("établissement", ["etablissement", "finess", "establishment"], IsRequired: true);
    public static readonly FixedColumn Window = new("fenêtre", ["fenetre", "window"], IsRequired: true);
    public static readonly FixedColumn Domains = new("domaines", ["domains"], IsRequired: true);
    public static readonly FixedColumn Postponement = new("report", ["postponement"], IsRequired: false);

    // The candidacy's calendar: required by the rules in force that read them, not by the file.
    public static readonly FixedColumn FiledOn = new("déposée_le", ["deposee_le", "filed_on"], IsRequired: false);
    public static readonly FixedColumn ResultsOn = new("résultats_le", ["resultats_le", "results_on"], IsRequired: false);
    public static readonly FixedColumn MeasuredFrom = new("mesurée_du", ["mesuree_du", "measured_from"], IsRequired: false);
    public static readonly FixedColumn MeasuredTo = new("mesurée_au", ["mesuree_au", "measured_to"], IsRequired: false);
    public static readonly FixedColumn Territory = new("territoire", ["territory"], IsRequired: false);

    public static readonly IReadOnlyList<FixedColumn> All = [Establishment, Window, Domains, Postponement, FiledOn, ResultsOn, MeasuredFrom, MeasuredTo, Territory];

    private static readonly Dictionary<string, FixedColumn> BySpelling = All
        .SelectMany(column => column.Aliases.Prepend(column.Name).Select(spelling => (spelling, column)))
        .ToDictionary(entry => entry.spelling, entry => entry.column, StringComparer.OrdinalIgnoreCase);

    /// <summary>The fixed column a header names, or null for a column of the rules.</summary>
    public static FixedColumn? Find(string header) => BySpelling.GetValueOrDefault(Name(header));

    /// <summary>A header or key as compared with names: trimmed and in normal form C.</summary>
    public static string Name(string header) => header.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>"D1 D2", "D1, D2", "D1+D2".</summary>
    public static IReadOnlyList<string> SplitList(string value) =>
        value.Split([' ', ',', ';', '+', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string MissingField(MessageLanguage language, FixedColumn column) => language.Pick(
        $"la colonne « {column.Name} » est obligatoire",
        $"column '{column.Name}' is required");
}
