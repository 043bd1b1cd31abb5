using SunEs.Benchmarks.HandWritten;
using SunEs.Benchmarks.Peers;
using SunEs.Benchmarks.Workloads;
using SunEs.Runtime;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Benchmarks.Tests;

/// <summary>The benchmarks measure what they claim: a baseline that decides like the generated code, and valid generated texts of the sizes announced.</summary>
public sealed class WorkloadTests
{
    [Fact]
    public void The_hand_written_rules_decide_every_campaign_candidacy_like_the_generated_ones()
    {
        var rules = CorpusRules.Shared;
        var candidacies = Candidacies.Campaign(rules.Generated.Schema, hospitals: 100).Append(Candidacies.Typical(rules.Generated.Schema));

        foreach (var candidacy in candidacies)
        {
            var generated = rules.Generated.Evaluate(candidacy, Candidacies.AsOf);
            var handWritten = rules.HandWritten.Evaluate(candidacy, Candidacies.AsOf);
            Assert.Equal(generated.Explanation, handWritten.Explanation);
            Assert.Equal(Outcomes(generated), Outcomes(handWritten));
        }
    }

    [Fact]
    public void The_plain_and_rules_engine_baselines_decide_every_campaign_candidacy_like_the_generated_rules()
    {
        var rules = CorpusRules.Shared;
        var candidacies = Candidacies.Campaign(rules.Generated.Schema, hospitals: 100).Append(Candidacies.Typical(rules.Generated.Schema)).ToList();
        var plain = new PlainRules(rules.Generated.Schema);
        var rulesEngine = new RulesEngineRules();
        var inputs = candidacies.Select(RulesEngineInput.From).ToList();

        SameDecisions.Check(rules.Generated, candidacies, index => plain.Evaluate(candidacies[index]), "plain C#");
        SameDecisions.Check(rules.Generated, candidacies, index => rulesEngine.Evaluate(inputs[index]), "RulesEngine");
    }

    [Fact]
    public void A_baseline_deciding_otherwise_is_caught_before_timing()
    {
        var rules = CorpusRules.Shared;
        var candidacies = Candidacies.Campaign(rules.Generated.Schema, hospitals: 5);
        var plain = new PlainRules(rules.Generated.Schema);

        var error = Assert.Throws<InvalidOperationException>(() =>
            SameDecisions.Check(rules.Generated, candidacies, index => plain.Evaluate(candidacies[index]) with { Total = 1m }, "a wrong baseline"));

        Assert.Contains("a wrong baseline decides candidacy 0", error.Message);
    }

    [Fact]
    public void Campaign_candidacies_reach_funded_missed_and_ineligible_domains()
    {
        var rules = CorpusRules.Shared;
        var statuses = Candidacies.Campaign(rules.Generated.Schema, hospitals: 100)
            .SelectMany(candidacy => rules.Generated.Evaluate(candidacy, Candidacies.AsOf).Domains)
            .Select(domain => domain.Status)
            .ToHashSet();

        Assert.Superset(new HashSet<DomainStatus> { DomainStatus.Funded, DomainStatus.TargetsMissed, DomainStatus.Ineligible }, statuses);
    }

    [Theory]
    [InlineData(625)]
    [InlineData(5_000)]
    public void The_generated_instruction_has_the_lines_asked_and_no_diagnostic(int lines)
    {
        var text = SyntheticInstruction.Generate(lines);

        var compilation = Compilation.Parse([new SourceText(SyntheticInstruction.Path, text)]);

        Assert.InRange(SyntheticInstruction.CountLines(text), lines, lines + 500);
        Assert.Empty(compilation.Diagnostics.Where(diagnostic => diagnostic.IsError || diagnostic.Severity == SunEs.Diagnostics.DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString()));
    }

    private static string Outcomes(Decision decision) => string.Join("; ", decision.Domains.Select(domain =>
        $"{domain.DomainId} {domain.Status} {domain.FundedAmount} [{string.Join(", ", domain.Indicators.Select(outcome => $"{outcome.IndicatorId} {outcome.Status} {outcome.Threshold?.Provenance}"))}]"));
}
