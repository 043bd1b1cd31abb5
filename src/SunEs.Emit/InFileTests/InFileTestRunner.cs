using System.Globalization;
using SunEs.Diagnostics;
using SunEs.Semantics;
using SunEs.Syntax;
using R = SunEs.Runtime;

namespace SunEs.Emit.InFileTests;

/// <summary>
/// Runs the tests written in the instructions against compiled rules: each candidacy is
/// evaluated as of the test's date and every expectation is checked against the decision.
/// Incomplete tests (already reported by the checker) are skipped.
/// </summary>
public static class InFileTestRunner
{
    public static IReadOnlyList<InFileTestResult> Run(Compilation compilation, R.IProgrammeRules rules) =>
        compilation.Tests.Where(test => test.IsComplete && test.AsOf is not null).Select(test => Run(test, rules)).ToList();

    public static InFileTestResult Run(BoundTest test, R.IProgrammeRules rules)
    {
        try
        {
            var decision = rules.Evaluate(TestCandidacy.Build(test, rules.Schema), test.AsOf!.Value);
            var failures = test.Expectations.Select(expectation => Check(expectation, decision)).OfType<ExpectationFailure>().ToList();
            return new InFileTestResult(test, decision, null, failures);
        }
        catch (R.EvaluationException error)
        {
            return new InFileTestResult(test, null, error, []);
        }
    }

    private static ExpectationFailure? Check(TestExpectation expectation, R.Decision decision)
    {
        var id = expectation.Subject?.Id ?? string.Empty;
        var domain = decision.FindDomain(id);
        var indicator = decision.FindIndicator(id);
        return expectation.Kind switch
        {
            ExpectationKind.Admissible => decision.IsAdmissible ? null : Fail(expectation, "candidature recevable", "irrecevable", "admissible candidacy", "inadmissible"),
            ExpectationKind.Inadmissible => decision.IsAdmissible ? Fail(expectation, "candidature irrecevable", "recevable", "inadmissible candidacy", "admissible") : null,
            ExpectationKind.Funded when domain is not { IsFunded: true } => Fail(expectation, $"{id} financé", Describe(domain, false), $"{id} funded", Describe(domain, true)),
            ExpectationKind.Funded when expectation.Amount is { } amount && amount != domain.FundedAmount =>
                Fail(expectation, $"{id} financé {Euros(amount)}", Euros(domain.FundedAmount), $"{id} funded {Euros(amount)}", Euros(domain.FundedAmount)),
            ExpectationKind.NotFunded when domain is { IsFunded: true } => Fail(expectation, $"{id} non financé", Describe(domain, false), $"{id} not funded", Describe(domain, true)),
            ExpectationKind.Ineligible when domain is not { Status: R.DomainStatus.Ineligible } => Fail(expectation, $"{id} inéligible", Describe(domain, false), $"{id} ineligible", Describe(domain, true)),
            ExpectationKind.Met when indicator is not { Status: R.IndicatorStatus.Met } => Fail(expectation, $"{id} atteint", Describe(indicator), $"{id} met", Describe(indicator)),
            ExpectationKind.Missed when indicator is not { Status: R.IndicatorStatus.Missed } => Fail(expectation, $"{id} non atteint", Describe(indicator), $"{id} missed", Describe(indicator)),
            ExpectationKind.NotApplicable when indicator is not { Status: R.IndicatorStatus.NotApplicable } =>
                Fail(expectation, $"{id} non applicable", Describe(indicator), $"{id} not applicable", Describe(indicator)),
            ExpectationKind.Total when expectation.Amount is { } total && total != decision.Total =>
                Fail(expectation, $"total {Euros(total)}", Euros(decision.Total), $"total {Euros(total)}", Euros(decision.Total)),
            _ => null,
        };
    }

    private static ExpectationFailure Fail(TestExpectation expectation, string expectedFr, string actualFr, string expectedEn, string actualEn) =>
        new(expectation, new LocalizedText($"attendu : {expectedFr} ; obtenu : {actualFr}", $"expected: {expectedEn}; got: {actualEn}"));

    private static string Describe(R.DomainDecision? domain, bool english) => domain?.Status switch
    {
        null => english ? "not requested" : "non demandé",
        R.DomainStatus.Funded => (english ? "funded " : "financé ") + Euros(domain.FundedAmount),
        R.DomainStatus.TargetsMissed => english ? "targets missed" : "cibles non atteintes",
        R.DomainStatus.Ineligible => english ? "ineligible" : "inéligible",
        _ => english ? "not examined" : "non examiné",
    };

    private static string Describe(R.IndicatorOutcome? indicator) => indicator?.Status.ToString() ?? "-";

    private static string Euros(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture) + " €";
}
