using System.Globalization;
using System.Text;

namespace SunEs.Semantics;

/// <summary>A territory a French health establishment may be in.</summary>
public sealed record KnownTerritory(string Name, bool IsOverseas, IReadOnlyList<string> Aliases);

/// <summary>
/// The territories an establishment may be in: metropolitan France and every overseas
/// territory the "Mention Outre-mer" of an instruction may name. Names match whatever their
/// case, accents, hyphens, apostrophes and spaces ("Wallis et Futuna" = "Wallis-et-Futuna");
/// the runtime reads a candidacy's territory by the same rule.
/// </summary>
public static class KnownTerritories
{
    public static IReadOnlyList<KnownTerritory> All { get; } =
    [
        new("France métropolitaine", false, ["métropole", "Hexagone", "Corse"]),
        new("Guadeloupe", true, []),
        new("Martinique", true, []),
        new("Guyane", true, ["Guyane française"]),
        new("La Réunion", true, ["Réunion"]),
        new("Mayotte", true, []),
        new("Saint-Pierre-et-Miquelon", true, []),
        new("Saint-Barthélemy", true, []),
        new("Saint-Martin", true, []),
        new("Wallis-et-Futuna", true, []),
        new("Polynésie française", true, []),
        new("Nouvelle-Calédonie", true, []),
        new("Terres australes et antarctiques françaises", true, ["TAAF"]),
    ];

    private static readonly Dictionary<string, KnownTerritory> ByKey = All
        .SelectMany(territory => territory.Aliases.Prepend(territory.Name).Select(name => (Key: Key(name), territory)))
        .ToDictionary(pair => pair.Key, pair => pair.territory, StringComparer.Ordinal);

    public static KnownTerritory? Find(string name) => ByKey.GetValueOrDefault(Key(name));

    public static IEnumerable<string> Names => All.Select(territory => territory.Name);

    private static readonly SunEs.Diagnostics.SpellingVocabulary Vocabulary = new(All.Select(territory => territory.Name));

    /// <summary>The known names closest to a misspelt one ("Polynesie francais" → "Polynésie française").</summary>
    public static IReadOnlyList<string> Closest(string name) => new SunEs.Diagnostics.SpellingSuggester().Closest(name, Vocabulary);

    /// <summary>Lower case, without accents, with hyphens, apostrophes and runs of spaces as one space.</summary>
    public static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var character in WellFormed(name).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = character is '-' or '\'' or '’' or '\u2010' or '\u2011' || char.IsWhiteSpace(character) ? ' ' : char.ToLowerInvariant(character);
            if (folded != ' ' || (key.Length > 0 && key[^1] != ' '))
            {
                key.Append(folded);
            }
        }

        return key.ToString().TrimEnd();
    }

    /// <summary>Lone surrogates (which normalisation refuses) become U+FFFD: such a name matches nothing.</summary>
    private static string WellFormed(string name)
    {
        var text = new StringBuilder(name.Length);
        for (var index = 0; index < name.Length; index++)
        {
            var character = name[index];
            if (char.IsHighSurrogate(character) && index + 1 < name.Length && char.IsLowSurrogate(name[index + 1]))
            {
                text.Append(character).Append(name[++index]);
            }
            else
            {
                text.Append(char.IsSurrogate(character) ? '\uFFFD' : character);
            }
        }

        return text.ToString();
    }
}
