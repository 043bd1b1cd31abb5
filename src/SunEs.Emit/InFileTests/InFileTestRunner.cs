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
        catch (OverflowException overflow)
        {
            // The evaluation boundary: a value of the test beyond a decimal fails this test, not the run.
            return new InFileTestResult(test, null, R.EvaluationException.Overflow(test.Establishment, overflow), []);
        }
    }

    private static ExpectationFailure? Check(TestExpectation expectation, R.Decision decision)
    {
        var id = expectation.Subject?.Id ?? string.Empty;
        var domain = decision.FindDomain(id);
        var indicator = decision.FindIndicator(id);
        var volet = decision.FindVolet(id);
        return expectation.Kind switch
        {
            ExpectationKind.Admissible when decision.Admissibility != R.Admissibility.Admissible =>
                Fail(expectation, "candidature recevable", Admissibility(decision, false), "admissible candidacy", Admissibility(decision, true)),
            ExpectationKind.Inadmissible when decision.Admissibility != R.Admissibility.Inadmissible =>
                Fail(expectation, "candidature irrecevable", Admissibility(decision, false), "inadmissible candidacy", Admissibility(decision, true)),
            ExpectationKind.PartlyAdmissible when decision.Admissibility != R.Admissibility.PartlyAdmissible =>
                Fail(expectation, "candidature partiellement recevable", Admissibility(decision, false), "partly admissible candidacy", Admissibility(decision, true)),
            ExpectationKind.VoletAdmissible when volet is not { IsAdmissible: true } =>
                Fail(expectation, $"volet {id} recevable", Describe(volet, decision, false), $"volet {id} admissible", Describe(volet, decision, true)),
            ExpectationKind.VoletInadmissible when volet is not { IsAdmissible: false } =>
                Fail(expectation, $"volet {id} irrecevable", Describe(volet, decision, false), $"volet {id} inadmissible", Describe(volet, decision, true)),
            ExpectationKind.DomainInadmissible when domain is not { Status: R.DomainStatus.Inadmissible } =>
                Fail(expectation, $"{id} irrecevable", Describe(domain, false), $"{id} inadmissible", Describe(domain, true)),
            ExpectationKind.Late when domain is not { Status: R.DomainStatus.Late } =>
                Fail(expectation, $"{id} hors délai", Describe(domain, false), $"{id} late", Describe(domain, true)),
            ExpectationKind.OutsidePeriod when domain is not { Status: R.DomainStatus.MeasuredOutsidePeriod } =>
                Fail(expectation, $"{id} hors période", Describe(domain, false), $"{id} outside the measurement period", Describe(domain, true)),
            ExpectationKind.Funded when domain is not { IsFunded: true } =>
                Fail(expectation, $"{id} financé{Optional(expectation.Amount, false)}", Describe(domain, false), $"{id} funded{Optional(expectation.Amount, true)}", Describe(domain, true)),
            ExpectationKind.Funded when expectation.Amount is { } amount && amount != domain.FundedAmount =>
                Fail(expectation, $"{id} financé {Euros(amount, false)}", Euros(domain.FundedAmount, false), $"{id} funded {Euros(amount, true)}", Euros(domain.FundedAmount, true)),
            ExpectationKind.NotFunded when domain is { IsFunded: true } => Fail(expectation, $"{id} non financé", Describe(domain, false), $"{id} not funded", Describe(domain, true)),
            ExpectationKind.Ineligible when domain is not { Status: R.DomainStatus.Ineligible } => Fail(expectation, $"{id} inéligible", Describe(domain, false), $"{id} ineligible", Describe(domain, true)),
            ExpectationKind.Met when indicator is not { Status: R.IndicatorStatus.Met } => Fail(expectation, $"{id} atteint", Describe(indicator, false), $"{id} met", Describe(indicator, true)),
            ExpectationKind.Missed when indicator is not { Status: R.IndicatorStatus.Missed } => Fail(expectation, $"{id} non atteint", Describe(indicator, false), $"{id} missed", Describe(indicator, true)),
            ExpectationKind.NotMeasured when indicator is not { Status: R.IndicatorStatus.NotMeasured } =>
                Fail(expectation, $"{id} non mesuré", Describe(indicator, false), $"{id} not measured", Describe(indicator, true)),
            ExpectationKind.NotApplicable when indicator is not { Status: R.IndicatorStatus.NotApplicable } =>
                Fail(expectation, $"{id} non applicable", Describe(indicator, false), $"{id} not applicable", Describe(indicator, true)),
            ExpectationKind.Total when expectation.Amount is { } total && total != decision.Total =>
                Fail(expectation, $"total {Euros(total, false)}", Euros(decision.Total, false), $"total {Euros(total, true)}", Euros(decision.Total, true)),
            _ => null,
        };
    }

    private static ExpectationFailure Fail(TestExpectation expectation, string expectedFr, string actualFr, string expectedEn, string actualEn) =>
        new(expectation, new LocalizedText($"attendu : {expectedFr} ; obtenu : {actualFr}", $"expected: {expectedEn}; got: {actualEn}"));

    private static string Admissibility(R.Decision decision, bool english)
    {
        var state = (decision.Admissibility, english) switch
        {
            (R.Admissibility.Admissible, false) => "recevable",
            (R.Admissibility.Admissible, true) => "admissible",
            (R.Admissibility.PartlyAdmissible, false) => "partiellement recevable",
            (R.Admissibility.PartlyAdmissible, true) => "partly admissible",
            (_, false) => "irrecevable",
            _ => "inadmissible",
        };
        return decision.AdmissibilityIssues.Count == 0 ? state : $"{state} ({string.Join(" ; ", decision.AdmissibilityIssues.Select(issue => decision.Describe(issue, english)))})";
    }

    private static string Describe(R.VoletDecision? volet, R.Decision decision, bool english) => volet switch
    {
        null => english ? "volet not requested" : "volet non demandé",
        { IsAdmissible: true } => english ? "admissible" : "recevable",
        _ => (english ? "inadmissible (" : "irrecevable (") + string.Join(" ; ", volet.Issues.Select(issue => decision.Describe(issue, english))) + ")",
    };

    private static string Describe(R.DomainDecision? domain, bool english) => domain?.Status switch
    {
        null => english ? "not requested" : "non demandé",
        R.DomainStatus.Funded => (english ? "funded " : "financé ") + Euros(domain.FundedAmount, english),
        R.DomainStatus.TargetsMissed => english ? "targets missed" : "cibles non atteintes",
        R.DomainStatus.Ineligible => english ? "ineligible" : "inéligible",
        R.DomainStatus.Late => english ? "late (results after the milestone)" : "hors délai (résultats après le jalon)",
        R.DomainStatus.MeasuredOutsidePeriod => english ? "measured outside the period" : "mesures hors période",
        _ => english ? $"inadmissible (volet {domain.VoletId})" : $"irrecevable (volet {domain.VoletId})",
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
