using System.Globalization;
using System.Text;

namespace SunEs.Runtime;

/// <summary>
/// A datum of the establishment the rules may read, with its type and slot; for a category, the
/// values it may take, as the texts write them.
/// </summary>
public sealed record DataField(int Slot, string Id, DataKind Kind, string? Label, IReadOnlyList<string>? Values = null)
{
    /// <summary>
    /// The value of a category an input means: the one written the same way once case, accents and
    /// spacing are set aside ("chu", "Privé  lucratif" → "CHU", "privé lucratif"); null when it means none.
    /// </summary>
    public string? FindValue(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = Key(input);
        return Values?.FirstOrDefault(value => Key(value) == key && key.Length > 0);
    }

    private static string Key(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                letters.Append(char.ToLowerInvariant(character));
            }
        }

        return string.Join(' ', letters.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
