namespace SunEs.Diagnostics;

/// <summary>The language users read messages in: French first, English on request.</summary>
public enum MessageLanguage
{
    French,
    English,
}

public static class MessageLanguages
{
    /// <summary>Parses a locale such as "fr", "fr-FR", "en" or "en-US"; anything else is not a supported language.</summary>
    public static bool TryParse(string? locale, out MessageLanguage language)
    {
        var prefix = (locale ?? string.Empty).Split('-', '_')[0].Trim().ToLowerInvariant();
        (var ok, language) = prefix switch
        {
            "fr" => (true, MessageLanguage.French),
            "en" => (true, MessageLanguage.English),
            _ => (false, MessageLanguage.French),
        };
        return ok;
    }
}
