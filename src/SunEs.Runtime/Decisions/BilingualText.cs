namespace SunEs.Runtime;

/// <summary>A text in French (the language of the instructions) with its English version.</summary>
public sealed record BilingualText(string French, string English)
{
    public string In(bool english) => english ? English : French;

    public override string ToString() => French;
}
