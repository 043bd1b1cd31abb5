using SunEs.Diagnostics;

namespace SunEs.Cli;

internal static class LanguageExtensions
{
    /// <summary>Picks the French or the English text of a user-facing message.</summary>
    public static string Pick(this MessageLanguage language, string french, string english) =>
        language == MessageLanguage.English ? english : french;

    /// <summary>"2 erreurs", "1 avertissement", "0 information" / "2 errors", "1 warning", "0 info".</summary>
    public static string Count(this MessageLanguage language, int count, string frenchSingular, string frenchPlural, string englishSingular, string englishPlural) =>
        language == MessageLanguage.English
            ? $"{count} {(count == 1 ? englishSingular : englishPlural)}"
            : $"{count} {(count <= 1 ? frenchSingular : frenchPlural)}";
}
