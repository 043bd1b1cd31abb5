namespace SunEs.Runtime;

/// <summary>
/// The rules of one programme compiled from its instructions, for every date an instruction
/// starts to apply. Implemented by generated code; an engine loads it with <see cref="LoadedProgrammeRules"/>.
/// </summary>
public interface IProgrammeRules
{
    ProgrammeInfo Programme { get; }

    /// <summary>Builds candidacies these rules can evaluate.</summary>
    CandidacySchema Schema { get; }

    /// <summary>
    /// Judges a candidacy under the rules in force on <paramref name="asOf"/> (the latest epoch
    /// starting on or before it). Throws <see cref="EvaluationException"/> when the candidacy
    /// lacks what the rules need or the date is before the first instruction.
    /// </summary>
    Decision Evaluate(Candidacy candidacy, DateOnly asOf);

    /// <summary>
    /// Judges a candidacy recording what <paramref name="detail"/> asks: with
    /// <see cref="DecisionDetail.Lean"/>, statuses and amounts only, the rest of the decision
    /// being produced when first read. Rules that only record everything answer with a full decision.
    /// </summary>
    Decision Evaluate(Candidacy candidacy, DateOnly asOf, DecisionDetail detail) => Evaluate(candidacy, asOf);
}
