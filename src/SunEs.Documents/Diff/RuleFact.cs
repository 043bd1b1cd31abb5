using SunEs.Documents.Model;

namespace SunEs.Documents.Diff;

/// <summary>
/// One rule of the programme on a date, reduced to what can be compared: a key that names it the
/// same way on every date and in every language ("target/V1/DS1.1/F2"), its name for people
/// ("DS1.1, F2"), its value as shown, and where it is written.
/// </summary>
public sealed record RuleFact(string Key, RuleCategory Category, string Rule, string Value, SourceRef Source)
{
    /// <summary>"supposé : …" / "déduit : …" when the value rests on an assumption.</summary>
    public string? Assumption { get; init; }
}

public enum RuleCategory
{
    Programme,
    Volet,
    Domain,
    Indicator,
    Target,
    Degressivity,
    Window,
    Prerequisite,
    Data,
    Calendar,
}
