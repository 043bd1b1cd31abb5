namespace SunEs.Runtime;

/// <summary>An outcome of an earlier window the decision read, and the value the candidacy gave for it.</summary>
public sealed record EarlierOutcome(OutcomeField Field, bool Value)
{
    /// <summary>"« D1 financé en F1 » oui" / "'D1 funded in F1' yes".</summary>
    public string Describe(bool english) => english
        ? $"'{Field.EnglishColumn}' {(Value ? "yes" : "no")}"
        : $"« {Field.Column} » {(Value ? "oui" : "non")}";
}
