using SunEs.Diagnostics;

namespace SunEs.Documents.Formatting;

internal static class Languages
{
    /// <summary>Picks the French or the English text of what a reader sees.</summary>
    public static string Pick(this MessageLanguage language, string french, string english) =>
        language == MessageLanguage.English ? english : french;

    /// <summary>The value of the html lang attribute.</summary>
    public static string Code(this MessageLanguage language) => language.Pick("fr", "en");

    /// <summary>"DGOS/PF5/DNS/2023/28" → "2023/28": the year and the number, which tell the texts apart.</summary>
    public static string ShortNumber(string number)
    {
        var parts = number.Split('/');
        return parts.Length >= 2 ? $"{parts[^2]}/{parts[^1]}" : number;
    }
}
