using System.Globalization;
using System.Text;

namespace SunEs.Runtime;

/// <summary>A territory an establishment may be in, by its canonical name, and the other names it is known by.</summary>
public sealed record TerritoryField(string Name, bool IsOverseas, IReadOnlyList<string> Aliases)
{
    /// <summary>
    /// How names are compared: lower case, without accents, with hyphens, apostrophes and runs of
    /// spaces as one space ("Wallis et Futuna" = "Wallis-et-Futuna") — the rule the compiler applies
    /// to the names of the texts.
    /// </summary>
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
