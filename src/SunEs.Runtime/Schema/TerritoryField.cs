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
        foreach (var character in WellFormedText.Of(name).Normalize(NormalizationForm.FormD))
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
}
