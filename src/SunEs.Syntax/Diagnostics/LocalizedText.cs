namespace SunEs.Diagnostics;

/// <summary>A short text users read, in French and in English.</summary>
public sealed record LocalizedText(string French, string English)
{
    public string In(MessageLanguage language) => language == MessageLanguage.English ? English : French;

    public override string ToString() => French;
}
