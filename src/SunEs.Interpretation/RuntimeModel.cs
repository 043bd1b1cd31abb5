using System.Security.Cryptography;
using System.Text;
using SunEs.Semantics;
using SunEs.Text;
using R = SunEs.Runtime;

namespace SunEs.Interpretation;

/// <summary>
/// The bound model in the runtime's terms: provenance, thresholds, windows, epochs, the schema.
/// Each value is what compiled rules hold as a constant for the same texts.
/// </summary>
internal static class RuntimeModel
{
    public static R.Provenance? Provenance<T>(Sourced<T>? sourced) =>
        sourced is null ? null : Provenance(sourced.Instruction, sourced.Location, Provenance(sourced.Replaced), sourced.Assumption);

    public static R.Provenance Provenance(InstructionSymbol instruction, Location location, R.Provenance? replaced = null, Assumption? assumption = null) =>
        new(instruction.Number, location.Source.Path, location.Start.Line + 1, location.Start.Character + 1, location.Excerpt, replaced,
            assumption is null ? null : new R.AssumptionNote(assumption.IsInference, assumption.Reason));

    public static R.CandidacySchema Schema(ProgrammeSlots slots) => new(
        slots.Windows.Select(window => new R.WindowField(slots[window], window.Id, window.Label)).ToList(),
        slots.Domains.Select(domain => new R.DomainField(slots[domain], domain.Id, domain.Label, domain.Parent?.Id ?? string.Empty)).ToList(),
        slots.Prerequisites.Select(prerequisite => new R.PrerequisiteField(slots[prerequisite], prerequisite.Id, prerequisite.Label)).ToList(),
        slots.Data.Select(datum => new R.DataField(slots[datum], datum.Id, DataKind(datum), datum.Label,
            datum.DataType == Syntax.DataType.Category ? datum.CategoryValues : null)).ToList(),
        slots.Indicators.Select(indicator => new R.IndicatorField(slots[indicator], indicator.Id, indicator.Label)).ToList(),
        KnownTerritories.All.Select(territory => new R.TerritoryField(territory.Name, territory.IsOverseas, territory.Aliases)).ToList());

    public static R.InstructionInfo Instruction(InstructionSymbol instruction) => new(
        instruction.Number,
        instruction.Title,
        instruction.Nor,
        instruction.SignedOn,
        instruction.AppliesFrom,
        instruction.Issuers.ToList(),
        instruction.Amends.Select(amended => amended.Number).ToList(),
        instruction.Tree.Text.Path,
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(instruction.Tree.Text.Content))));

    public static R.EpochInfo Epoch(DateOnly startsOn, DecisionPlan plan, ProgrammeSlots slots)
    {
        var rules = plan.Rules;
        var domains = plan.Programme.Volets.SelectMany(volet => volet.Domains).ToList();
        return new R.EpochInfo(
            startsOn,
            rules.Instructions.Select(instruction => instruction.Number).ToList(),
            rules.Windows.Select(Window).ToList(),
            domains.Select(domain => domain.Symbol.Id).ToList(),
            Rounding(plan.Programme),
            rules.Windows.Select(window => slots[window.Symbol]).ToList(),
            domains.Select(domain => slots[domain.Symbol]).ToList(),
            TerritorialScope(plan.Territory),
            new[] { plan.Filing, plan.Results, plan.MeasuredPeriod }.OfType<Sourced<Syntax.CalendarRuleKind>>().Select(CalendarRule).ToList());
    }

    public static R.CalendarRule CalendarRule(Sourced<Syntax.CalendarRuleKind> rule) =>
        new(Enum.Parse<R.CalendarRuleKind>(rule.Value.ToString()), Provenance(rule)!);

    public static R.TerritorialScope? TerritorialScope(Sourced<OverseasScope>? scope) =>
        scope is null ? null : new(Enum.Parse<R.OverseasScopeKind>(scope.Value.Kind.ToString()), scope.Value.Territories, Provenance(scope)!);

    public static R.VoletInfo Volet(VoletInForce volet) =>
        new(volet.Symbol.Id, volet.Label?.Value, volet.WindowList.Select(window => window.Id).ToList(), Provenance(volet.Windows));

    public static R.PrerequisiteInfo Prerequisite(PrerequisiteInForce prerequisite, int slot) => new(
        slot, prerequisite.Symbol.Id, prerequisite.Label?.Value, prerequisite.Group?.Value,
        Provenance(prerequisite.Symbol.DeclaringInstruction, prerequisite.Symbol.Declaration.Location, assumption: prerequisite.Label?.Assumption), Provenance(prerequisite.Tolerance));

    public static R.DomainInfo Domain(DomainInForce domain, VoletInForce volet) => new(domain.Symbol.Id, domain.Label?.Value, volet.Symbol.Id);

    /// <summary>A rate unless the texts define it as yes/no; numerator and denominator slots -1 when it names none.</summary>
    public static R.IndicatorInfo Indicator(IndicatorInForce indicator, ProgrammeSlots slots)
    {
        var rate = indicator.Definition?.Value as RateDefinition;
        return new R.IndicatorInfo(slots[indicator.Symbol], indicator.Symbol.Id, indicator.Label?.Value, indicator.IsBonus,
            indicator.Definition?.Value is not YesNoDefinition, slots.SlotOrNone(rate?.Numerator), slots.SlotOrNone(rate?.Denominator),
            Provenance(indicator.Definition));
    }

    public static R.Threshold Threshold(Sourced<TargetValue> target) => new(
        target.Value.Kind switch
        {
            TargetKind.Rate => R.ThresholdKind.Rate,
            TargetKind.Yes => R.ThresholdKind.Yes,
            _ => R.ThresholdKind.No,
        },
        target.Value.Points,
        Provenance(target)!);

    public static R.DegressivityRate Degressivity(EntitySymbol window, Sourced<decimal> rate) => new(window.Id, rate.Value, Provenance(rate)!);

    private static R.WindowInfo Window(WindowInForce window) => new(
        window.Symbol.Id,
        window.Label?.Value,
        window.Candidacy?.Value.Start.Date,
        window.Candidacy?.Value.End.Date,
        Provenance(window.Candidacy),
        window.Measurement?.Value.Label,
        window.Measurement?.Value.Period.Start.Date,
        window.Measurement?.Value.Period.End.Date,
        Provenance(window.Measurement),
        window.Milestone?.Value.Date,
        Provenance(window.Milestone),
        window.Postponement?.Value.Target.Id,
        window.Postponement?.Value.TargetsOf?.Id,
        window.Postponement?.Value.DegressivityOf?.Id,
        Provenance(window.Postponement));

    /// <summary>The programme's rounding, or to the cent, half away from zero, when the texts say nothing.</summary>
    private static R.RoundingRule Rounding(ProgrammeInForce programme)
    {
        var rule = programme.RoundingRule;
        var unit = rule.Unit == Syntax.RoundingUnit.Euro ? R.RoundingUnit.Euro : R.RoundingUnit.Cent;
        var mode = rule.Mode switch
        {
            Syntax.RoundingMode.Up => R.RoundingMode.Up,
            Syntax.RoundingMode.Down => R.RoundingMode.Down,
            _ => R.RoundingMode.HalfAwayFromZero,
        };
        return new R.RoundingRule(unit, mode, Provenance(programme.Rounding));
    }

    private static R.DataKind DataKind(EntitySymbol datum) => datum.DataType switch
    {
        Syntax.DataType.Integer => R.DataKind.Integer,
        Syntax.DataType.Percentage => R.DataKind.Percentage,
        Syntax.DataType.Money => R.DataKind.Money,
        Syntax.DataType.Date => R.DataKind.Date,
        Syntax.DataType.Duration => R.DataKind.Duration,
        Syntax.DataType.Boolean => R.DataKind.Boolean,
        Syntax.DataType.Text => R.DataKind.Text,
        Syntax.DataType.Category => R.DataKind.Category,
        _ => R.DataKind.Decimal,
    };
}
