namespace SunEs.Runtime;

/// <summary>What an outcome of an earlier window says: an indicator's target was met, or a domain was funded.</summary>
public enum OutcomeKind
{
    TargetMet,
    Funded,
}

/// <summary>
/// An outcome of an earlier window the rules read — "EX1.1 atteint en F2", "D1 financé en F1" — with
/// its slot: a fact the engine gives with the candidacy (the rules never look at other candidacies).
/// <see cref="Column"/> names it in candidature files, as the texts write it.
/// </summary>
public sealed record OutcomeField(int Slot, OutcomeKind Kind, string SubjectId, string WindowId, int WindowSlot)
{
    /// <summary>"EX1.1 atteint en F2", "D1 financé en F1": the CSV column or JSON key, in French.</summary>
    public string Column => Kind == OutcomeKind.TargetMet ? $"{SubjectId} atteint en {WindowId}" : $"{SubjectId} financé en {WindowId}";

    /// <summary>"EX1.1 met in F2", "D1 funded in F1".</summary>
    public string EnglishColumn => Kind == OutcomeKind.TargetMet ? $"{SubjectId} met in {WindowId}" : $"{SubjectId} funded in {WindowId}";

    /// <summary>Every way a file may name the column: French with or without accents, English.</summary>
    public IEnumerable<string> Spellings => Kind == OutcomeKind.TargetMet
        ? [Column, EnglishColumn]
        : [Column, $"{SubjectId} finance en {WindowId}", EnglishColumn];

    public string Describe(bool english) => english ? EnglishColumn : Column;
}
