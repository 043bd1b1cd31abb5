using FsCheck.Fluent;
using FsCheck.Xunit;
using SunEs.Interpretation.Tests.Support;
using SunEs.Runtime;

namespace SunEs.Interpretation.Tests;

/// <summary>
/// A lean judgement records statuses and amounts only, reusing its builder from one candidacy to
/// the next: it must say what a full one says — the same admissibility, total and domain
/// summaries, the same explanation and details once read, or the same error — for the compiled
/// rules and for the interpreter alike.
/// </summary>
public sealed class LeanDecisionTests
{
    [Property(MaxTest = 1_500, Arbitrary = [typeof(CandidacyCases)])]
    public void Compiled_rules_judge_lean_as_they_judge_in_full(CandidacyCase @case) =>
        Assert.Equal(DifferentialCheck.Outcome(CorpusRules.Compiled, @case, DecisionDetail.Full), DifferentialCheck.Outcome(CorpusRules.Compiled, @case, DecisionDetail.Lean));

    [Property(MaxTest = 500, Arbitrary = [typeof(CandidacyCases)])]
    public void The_interpreter_judges_lean_as_it_judges_in_full(CandidacyCase @case) =>
        Assert.Equal(DifferentialCheck.Outcome(CorpusRules.Interpreted, @case, DecisionDetail.Full), DifferentialCheck.Outcome(CorpusRules.Interpreted, @case, DecisionDetail.Lean));

    /// <summary>HOP'EN's rules read outcomes of earlier windows: a lean decision gives the same reads once its details are read.</summary>
    [Property(MaxTest = 500, Arbitrary = [typeof(HopenCases)])]
    public void Rules_reading_earlier_outcomes_judge_lean_as_they_judge_in_full(CandidacyCase @case) =>
        Assert.Equal(DifferentialCheck.Outcome(RulesUnderTest.Hopen.Compiled, @case, DecisionDetail.Full), DifferentialCheck.Outcome(RulesUnderTest.Hopen.Compiled, @case, DecisionDetail.Lean));

    [Fact]
    public void A_lean_decision_is_lean_until_its_details_are_read_and_a_full_one_never_is()
    {
        var @case = CandidacyCases.Generator(CorpusRules.Facts).Sample(size: 30, seed: new FsCheck.Rnd(11UL), numberOfSamples: 200)
            .First(candidate => DifferentialCheck.Outcome(CorpusRules.Compiled, candidate).Contains(" | Funded | ", StringComparison.Ordinal));
        var candidacy = @case.Build(CorpusRules.Compiled.Schema);

        var lean = CorpusRules.Compiled.Evaluate(candidacy, @case.AsOf, DecisionDetail.Lean);
        var full = CorpusRules.Compiled.Evaluate(candidacy, @case.AsOf);

        Assert.True(lean.IsLean);
        Assert.False(full.IsLean);
        Assert.Equal(full.Summaries, lean.Summaries);
        Assert.Equal(full.Domains.Select(domain => domain.Indicators.Count), lean.Domains.Select(domain => domain.Indicators.Count));
    }
}
