using static SunEs.Syntax.Generated.SunEsParser;

namespace SunEs.Syntax.Parsing;

/// <summary>The calendar rules, territorial scope, admissibility conditions and assumptions of a text.</summary>
internal sealed partial class SyntaxTreeBuilder
{
    private AssumptionSyntax Assumption(AssumptionContext context) =>
        new(Span(context), context.DEDUIT() is null ? AssumptionKind.Assumed : AssumptionKind.Inferred, Label(context.label(), context));

    private OverseasScopeSyntax BuildOverseasScope(OverseasScopeContext context)
    {
        var kind = context.AUCUN() is not null ? OverseasScopeKind.None
            : context.TOUS() is not null ? OverseasScopeKind.AllExcept
            : OverseasScopeKind.Only;
        return new OverseasScopeSyntax(Span(context), kind, context.STRING().Select(node => String(node, context)).ToList());
    }

    private static CalendarRuleSyntax BuildCalendarRule(CalendarRuleContext context) => new(Span(context), context switch
    {
        ResultsRuleContext => CalendarRuleKind.ResultsByMilestone,
        MeasuredPeriodRuleContext => CalendarRuleKind.MeasuredWithinPeriod,
        _ => CalendarRuleKind.FiledDuringCandidacyPeriod,
    });

    private AdmissibilityConditionSyntax BuildAdmissibilityCondition(AdmissibilityConditionContext context) =>
        new(Span(context), Expression(context.expression(), context));
}
