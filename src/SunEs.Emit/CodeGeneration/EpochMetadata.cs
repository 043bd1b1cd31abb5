using Microsoft.CodeAnalysis.CSharp.Syntax;
using SunEs.Emit.Planning;
using SunEs.Semantics;
using R = SunEs.Runtime;

namespace SunEs.Emit.CodeGeneration;

/// <summary>The EpochInfo constant of an epoch: its date, instructions, windows as in force then, domains and rounding.</summary>
internal static class EpochMetadata
{
    public static ExpressionSyntax Info(EpochPlan epoch, ProgrammeSlots slots) => Code.New(nameof(R.EpochInfo),
        Code.Date(epoch.StartsOn),
        Code.Strings(epoch.Rules.Instructions.Select(instruction => instruction.Number)),
        Code.Array(nameof(R.WindowInfo), epoch.Rules.Windows.Select(Window)),
        Code.Strings(Domains(epoch).Select(domain => domain.Symbol.Id)),
        Rounding(epoch.Programme),
        Code.Array("int", epoch.Rules.Windows.Select(window => Code.Int(slots[window.Symbol]))),
        Code.Array("int", Domains(epoch).Select(domain => Code.Int(slots[domain.Symbol]))),
        TerritorialScope(epoch.Decision.Territory),
        Code.Array(nameof(R.CalendarRule), new[] { epoch.Decision.Filing, epoch.Decision.Results, epoch.Decision.MeasuredPeriod }.OfType<Sourced<Syntax.CalendarRuleKind>>().Select(CalendarRule)));

    /// <summary>"new CalendarRule(CalendarRuleKind.X, provenance)".</summary>
    public static ExpressionSyntax CalendarRule(Sourced<Syntax.CalendarRuleKind> rule) =>
        Code.New(nameof(R.CalendarRule), Code.Enum(nameof(R.CalendarRuleKind), rule.Value.ToString()), ProvenanceSyntax.Of(rule));

    public static ExpressionSyntax TerritorialScope(Sourced<OverseasScope>? scope) => scope is null
        ? Code.Null
        : Code.New(nameof(R.TerritorialScope), Code.Enum(nameof(R.OverseasScopeKind), scope.Value.Kind.ToString()), Code.Strings(scope.Value.Territories), ProvenanceSyntax.Of(scope));

    private static IEnumerable<DomainInForce> Domains(EpochPlan epoch) => epoch.Programme.Volets.SelectMany(volet => volet.Domains);

    private static ExpressionSyntax Window(WindowInForce window) => Code.New(nameof(R.WindowInfo),
        Code.String(window.Symbol.Id),
        Code.String(window.Label?.Value),
        Code.Date(window.Candidacy?.Value.Start.Date),
        Code.Date(window.Candidacy?.Value.End.Date),
        ProvenanceSyntax.Of(window.Candidacy),
        Code.String(window.Measurement?.Value.Label),
        Code.Date(window.Measurement?.Value.Period.Start.Date),
        Code.Date(window.Measurement?.Value.Period.End.Date),
        ProvenanceSyntax.Of(window.Measurement),
        Code.Date(window.Milestone?.Value.Date),
        ProvenanceSyntax.Of(window.Milestone),
        Code.String(window.Postponement?.Value.Target.Id),
        Code.String(window.Postponement?.Value.TargetsOf?.Id),
        Code.String(window.Postponement?.Value.DegressivityOf?.Id),
        ProvenanceSyntax.Of(window.Postponement));

    /// <summary>The programme's rounding, or to the cent, half away from zero, when the texts say nothing.</summary>
    private static ExpressionSyntax Rounding(ProgrammeInForce programme)
    {
        var rule = programme.RoundingRule;
        var unit = rule.Unit == Syntax.RoundingUnit.Euro ? nameof(R.RoundingUnit.Euro) : nameof(R.RoundingUnit.Cent);
        var mode = rule.Mode switch
        {
            Syntax.RoundingMode.Up => nameof(R.RoundingMode.Up),
            Syntax.RoundingMode.Down => nameof(R.RoundingMode.Down),
            _ => nameof(R.RoundingMode.HalfAwayFromZero),
        };
        return Code.New(nameof(R.RoundingRule), Code.Enum(nameof(R.RoundingUnit), unit), Code.Enum(nameof(R.RoundingMode), mode), ProvenanceSyntax.Of(programme.Rounding));
    }
}
