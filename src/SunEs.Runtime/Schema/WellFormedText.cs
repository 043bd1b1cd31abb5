using System.Text;

namespace SunEs.Runtime;

/// <summary>
/// Text an engine hands the contract may hold lone surrogates, which normalisation refuses with an
/// exception: they become U+FFFD, so such a value matches nothing instead of failing the evaluation.
/// </summary>
internal static class WellFormedText
{
    public static string Of(string text)
    {
        if (!HasLoneSurrogate(text))
        {
            return text;
        }

        var wellFormed = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                wellFormed.Append(character).Append(text[++index]);
            }
            else
            {
                wellFormed.Append(char.IsSurrogate(character) ? '\uFFFD' : character);
            }
        }

        return wellFormed.ToString();
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(text[index]))
            {
                return true;
            }
        }

        return false;
    }
}
