using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>
/// On one date, what the calendar rules and postponements in force need from the windows they
/// judge: the dates a rule compares with must be known, and a postponed candidacy must find the
/// targets and degressivity its terms name in every volet of its window.
/// </summary>
internal sealed class CalendarChecks(SemanticDiagnostics diagnostics, RulesInForce rules, ProgrammeInForce programme, string date)
{
    private IEnumerable<WindowInForce> Windows => programme.Volets.SelectMany(volet => volet.WindowList).Distinct()
        .Select(rules.FindWindow).OfType<WindowInForce>();

    public void Check()
    {
        foreach (var window in Windows)
        {
            RequireDates(window);
            CheckPostponement(window);
        }
    }

    private void RequireDates(WindowInForce window)
    {
        if (programme.CalendarRule(CalendarRuleKind.FiledDuringCandidacyPeriod) is { } filing
            && window.Candidacy?.Value is not { Start.IsKnown: true, End.IsKnown: true })
        {
            Report(filing, new("la période de candidature", "the candidacy period"), window);
        }

        if (programme.CalendarRule(CalendarRuleKind.ResultsByMilestone) is { } results && window.Milestone?.Value.IsKnown != true)
        {
            Report(results, new("le jalon", "the milestone"), window);
        }

        if (programme.CalendarRule(CalendarRuleKind.MeasuredWithinPeriod) is { } measured
            && window.Measurement?.Value.Period is not { Start.IsKnown: true, End.IsKnown: true })
        {
            Report(measured, new("la période de mesure", "the measurement period"), window);
        }
    }

    private void Report(Sourced<CalendarRuleKind> rule, LocalizedText what, WindowInForce window) =>
        diagnostics.Report(DiagnosticCatalog.CalendarRuleLacksDate, window.Symbol.Declaration.Location, date, rule.SourceText, what, window.Symbol.Id);

    private void CheckPostponement(WindowInForce window)
    {
        if (window.Postponement is not { Value: var terms } postponement)
        {
            return;
        }

        foreach (var volet in programme.Volets.Where(volet => volet.WindowList.Contains(window.Symbol)))
        {
            var targetsMissing = terms.TargetsOf is { } targetsOf && targetsOf != window.Symbol
                && volet.Indicators.Any(indicator => volet.TargetFor(indicator.Symbol, targetsOf) is null);
            var degressivityMissing = terms.DegressivityOf is { } degressivityOf && degressivityOf != window.Symbol && !volet.Degressivity.ContainsKey(degressivityOf);
            if (targetsMissing || degressivityMissing)
            {
                diagnostics.Report(DiagnosticCatalog.PostponedTargetsMissing, postponement.Location, date, window.Symbol.Id,
                    (targetsMissing ? terms.TargetsOf! : terms.DegressivityOf!).Id, volet.Symbol.Id);
            }
        }
    }
}
