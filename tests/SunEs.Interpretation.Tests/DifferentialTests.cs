using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SunEs.Interpretation.Tests.Support;
using SunEs.Runtime;

namespace SunEs.Interpretation.Tests;

/// <summary>
/// The interpreter and the assembly Roslyn compiles from the same texts judge thousands of
/// generated candidacies identically: statuses, amounts, explanations, provenance, or the same error.
/// </summary>
public sealed class DifferentialTests
{
    [Property(MaxTest = 3_000, Arbitrary = [typeof(CandidacyCases)])]
    public void Interpreter_and_compiled_rules_give_the_same_outcome(CandidacyCase @case) =>
        Assert.Null(DifferentialCheck.Difference(CorpusRules.Interpreted, CorpusRules.Compiled, @case));

    [Fact]
    public void Both_describe_the_same_programme_epochs_and_schema()
    {
        Assert.Equal(
            DecisionText.Of(CorpusRules.Compiled.Programme, CorpusRules.Compiled.Schema),
            DecisionText.Of(CorpusRules.Interpreted.Programme, CorpusRules.Interpreted.Schema));
    }

    /// <summary>
    /// A differential test is only as good as what it generates: every outcome must show up in a
    /// few thousand cases (drawn with a fixed seed, so this is a fact about the generator, not luck).
    /// </summary>
    [Fact]
    public void Generated_candidacies_reach_every_outcome()
    {
        var outcomes = CandidacyCases.Generator(CorpusRules.Facts).Sample(size: 30, seed: new Rnd(7UL), numberOfSamples: 3_000)
            .Select(@case => DifferentialCheck.Outcome(CorpusRules.Interpreted, @case))
            .ToList();

        // The corpus has no "mesures dans la période de mesure" rule: that status is covered by the emitter and interpreter tests of the rule itself.
        var expected = Enum.GetValues<DomainStatus>().Where(status => status != DomainStatus.MeasuredOutsidePeriod).Select(status => $" | {status} | ")
            .Concat(Enum.GetValues<IndicatorStatus>().Select(status => $" | {status} | "))
            .Concat(Enum.GetValues<Admissibility>().Select(admissibility => $" | {admissibility} | "))
            .Concat(Enum.GetValues<AdmissibilityIssueKind>().Select(kind => $"issue: {kind} "))
            .Concat(["bonus: ", "build failed: ", "timeliness: ResultsAfterMilestone", "schedule: F1 | F2 | Fenêtre 2"])
            .Concat(new[]
            {
                EvaluationErrorKind.MissingDatum, EvaluationErrorKind.MissingMeasure, EvaluationErrorKind.MissingPrerequisiteStatus,
                EvaluationErrorKind.NoRulesInForce, EvaluationErrorKind.NegativeAmount, EvaluationErrorKind.RateOutOfRange,
                EvaluationErrorKind.WrongValueKind, EvaluationErrorKind.UnknownDomain, EvaluationErrorKind.ZeroDenominator,
                EvaluationErrorKind.NumeratorAboveDenominator, EvaluationErrorKind.MissingFact, EvaluationErrorKind.PostponementNotOffered,
                EvaluationErrorKind.UnknownTerritory,
            }.Select(kind => $"{nameof(EvaluationException)} {kind} "));
        var unseen = expected.Where(marker => !outcomes.Any(outcome => outcome.Contains(marker, StringComparison.Ordinal))).ToList();
        Assert.True(unseen.Count == 0, "never generated: " + string.Join(", ", unseen));

        var funded = outcomes.Count(outcome => outcome.Contains(" | Funded | ", StringComparison.Ordinal));
        Assert.True(funded >= 200, $"only {funded} of 3,000 candidacies had a funded domain");
    }
}
