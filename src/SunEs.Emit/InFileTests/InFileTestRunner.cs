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
    /// <summary>The complete tests of the programme <paramref name="rules"/> were compiled from; other programmes' tests are theirs.</summary>
    public static IReadOnlyList<InFileTestResult> Run(Compilation compilation, R.IProgrammeRules rules) =>
        compilation.Tests.Where(test => test.IsComplete && test.AsOf is not null && test.Programme?.Id == rules.Programme.Id).Select(test => Run(test, rules)).ToList();

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
            ExpectationKind.Admissible => decision.IsAdmissible ? null : Fail(expectation, "candidature recevable", Admissibility(decision, false), "admissible candidacy", Admissibility(decision, true)),
            ExpectationKind.Inadmissible => decision.IsAdmissible ? Fail(expectation, "candidature irrecevable", "recevable", "inadmissible candidacy", "admissible") : null,
            ExpectationKind.Funded when domain is not { IsFunded: true } =>
                Fail(expectation, $"{id} financé{Optional(expectation.Amount, false)}", Describe(domain, false), $"{id} funded{Optional(expectation.Amount, true)}", Describe(domain, true)),
            ExpectationKind.Funded when expectation.Amount is { } amount && amount != domain.FundedAmount =>
                Fail(expectation, $"{id} financé {Euros(amount, false)}", Euros(domain.FundedAmount, false), $"{id} funded {Euros(amount, true)}", Euros(domain.FundedAmount, true)),
            ExpectationKind.NotFunded when domain is { IsFunded: true } => Fail(expectation, $"{id} non financé", Describe(domain, false), $"{id} not funded", Describe(domain, true)),
            ExpectationKind.Ineligible when domain is not { Status: R.DomainStatus.Ineligible } => Fail(expectation, $"{id} inéligible", Describe(domain, false), $"{id} ineligible", Describe(domain, true)),
            ExpectationKind.Met when indicator is not { Status: R.IndicatorStatus.Met } => Fail(expectation, $"{id} atteint", Describe(indicator, false), $"{id} met", Describe(indicator, true)),
            ExpectationKind.Missed when indicator is not { Status: R.IndicatorStatus.Missed } => Fail(expectation, $"{id} non atteint", Describe(indicator, false), $"{id} missed", Describe(indicator, true)),
            ExpectationKind.NotApplicable when indicator is not { Status: R.IndicatorStatus.NotApplicable } =>
                Fail(expectation, $"{id} non applicable", Describe(indicator, false), $"{id} not applicable", Describe(indicator, true)),
            ExpectationKind.Total when expectation.Amount is { } total && total != decision.Total =>
                Fail(expectation, $"total {Euros(total, false)}", Euros(decision.Total, false), $"total {Euros(total, true)}", Euros(decision.Total, true)),
            _ => null,
        };
    }

    private static ExpectationFailure Fail(TestExpectation expectation, string expectedFr, string actualFr, string expectedEn, string actualEn) =>
        new(expectation, new LocalizedText($"attendu : {expectedFr} ; obtenu : {actualFr}", $"expected: {expectedEn}; got: {actualEn}"));

    private static string Admissibility(R.Decision decision, bool english) =>
        (english ? "inadmissible (" : "irrecevable (") + string.Join(", ", decision.AdmissibilityIssues.Select(issue => issue.Kind == R.AdmissibilityIssueKind.WindowNotInVolet
            ? english ? $"window {issue.SubjectId} not in volet {issue.VoletId}" : $"fenêtre {issue.SubjectId} hors du volet {issue.VoletId}"
            : english ? $"prerequisite {issue.SubjectId} not met" : $"prérequis {issue.SubjectId} non atteint")) + ")";

    private static string Describe(R.DomainDecision? domain, bool english) => domain?.Status switch
    {
        null => english ? "not requested" : "non demandé",
        R.DomainStatus.Funded => (english ? "funded " : "financé ") + Euros(domain.FundedAmount, english),
        R.DomainStatus.TargetsMissed => english ? "targets missed" : "cibles non atteintes",
        R.DomainStatus.Ineligible => english ? "ineligible" : "inéligible",
        _ => english ? "not examined" : "non examiné",
    };

    /// <summary>The indicator's status with its measure and its target, and the instruction line the target comes from.</summary>
    private static string Describe(R.IndicatorOutcome? indicator, bool english)
    {
        if (indicator is null)
        {
            return english ? "not examined" : "non examiné";
        }

        var status = (indicator.Status, english) switch
        {
            (R.IndicatorStatus.Met, false) => "atteint",
            (R.IndicatorStatus.Met, true) => "met",
            (R.IndicatorStatus.Missed, false) => "non atteint",
            (R.IndicatorStatus.Missed, true) => "missed",
            (R.IndicatorStatus.NotApplicable, false) => "non applicable",
            (R.IndicatorStatus.NotApplicable, true) => "not applicable",
            (R.IndicatorStatus.NoTarget, false) => "sans cible dans cette fenêtre",
            (R.IndicatorStatus.NoTarget, true) => "no target in this window",
            (_, false) => "non mesuré",
            _ => "not measured",
        };
        if (indicator.Threshold is not { } threshold || indicator.Measured is not { } measured)
        {
            return status;
        }

        var value = measured.IsRate ? Points(measured.Points, english) : measured.YesNo ? (english ? "yes" : "oui") : (english ? "no" : "non");
        var source = threshold.Provenance;
        return english
            ? $"{status} (measure {value}, target {threshold.Describe(true)} set by {source.InstructionNumber}, {source.SourcePath}:{source.Line})"
            : $"{status} (mesure {value}, cible {threshold.Describe(false)} fixée par {source.InstructionNumber}, {source.SourcePath}:{source.Line})";
    }

    private static string Points(decimal points, bool english) =>
        points.ToString("0.##", english ? CultureInfo.InvariantCulture : FrenchNumbers) + (english ? "%" : "\u00a0%");

    private static string Optional(decimal? amount, bool english) => amount is { } value ? " " + Euros(value, english) : string.Empty;

    private static string Euros(decimal amount, bool english) => amount.ToString("#,0.##", english ? CultureInfo.InvariantCulture : FrenchNumbers) + (english ? " €" : "\u00a0€");

    private static readonly NumberFormatInfo FrenchNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00a0" };
}
