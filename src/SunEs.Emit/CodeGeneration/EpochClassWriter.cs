using Microsoft.CodeAnalysis.CSharp.Syntax;
using SunEs.Emit.Planning;
using SunEs.Semantics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using R = SunEs.Runtime;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// One class per epoch: the rules in force from its date as constants (windows, schedules,
/// thresholds with provenance, degressivity…) and an Evaluate method that translates the epoch's
/// <see cref="DecisionPlan"/> step by step — the whole candidacy, each requested volet, the
/// schedule, the calendar rules, then each domain — each statement on the line of the rule it applies.
/// </summary>
internal sealed class EpochClassWriter(ProgrammePlan plan, EpochPlan epoch, FormulaWriter formulas)
{
    private static readonly IdentifierNameSyntax Candidacy = ExpressionTranslator.Candidacy;
    private static readonly IdentifierNameSyntax Decision = Code.Id("decision");
    private static readonly IdentifierNameSyntax Domain = Code.Id("domain");
    private static readonly IdentifierNameSyntax Window = Code.Id("window");
    private static readonly IdentifierNameSyntax TargetsWindow = Code.Id("targetsWindow");
    private static readonly IdentifierNameSyntax DegressivityWindow = Code.Id("degressivityWindow");

    private readonly List<MemberDeclarationSyntax> _fields = [];
    private readonly List<MemberDeclarationSyntax> _methods = [];

    private ProgrammeSlots Slots => plan.Slots;

    private DecisionPlan Steps => epoch.Decision;

    public ClassDeclarationSyntax Write()
    {
        _fields.Add(Field("internal", nameof(R.EpochInfo), "Info", EpochMetadata.Info(epoch, Slots)));
        var evaluate = new List<StatementSyntax>
        {
            Code.Local("decision", Code.New(nameof(R.DecisionBuilder), Candidacy, Code.Id("asOf"), Code.Id("Info"))).Hide(),
            Code.Local("window", Code.Member(Candidacy, nameof(R.Candidacy.WindowSlot))).Hide(),
        };
        evaluate.AddRange(WholeCandidacy());
        for (var index = 0; index < Steps.Volets.Count; index++)
        {
            if (Steps.Volets[index].Domains.Count > 0)
            {
                evaluate.Add(Admissibility(Steps.Volets[index], index));
            }
        }

        evaluate.Add(Code.If(Code.Not(Code.Member(Decision, nameof(R.DecisionBuilder.AnyVoletAdmissible))), Code.Return(Code.Call(Decision, nameof(R.DecisionBuilder.Build))).Hide()).Hide());
        evaluate.AddRange(Calendar());
        for (var index = 0; index < Steps.Volets.Count; index++)
        {
            foreach (var domain in Steps.Volets[index].Domains)
            {
                var slot = Slots[domain.Domain.Symbol];
                var location = domain.Domain.Symbol.Declaration.Location;
                var method = $"EvaluateDomain{slot}";
                _methods.Add(DomainMethod(method, domain));
                var requested = Code.And(Code.Call(Candidacy, nameof(R.Candidacy.IsDomainRequested), Code.Int(slot)),
                    Code.Call(Decision, nameof(R.DecisionBuilder.IsVoletAdmissible), Code.Id($"Volet{index}")));
                evaluate.Add(Code.If(requested, Code.Statement(Code.Call(method, Candidacy,
                    Code.Call(Decision, nameof(R.DecisionBuilder.StartDomain), Code.Id($"Domain{slot}")), TargetsWindow, DegressivityWindow)).At(location)).At(location));
            }
        }

        evaluate.Add(Code.Return(Code.Call(Decision, nameof(R.DecisionBuilder.Build))).Hide());
        var evaluateMethod = MethodDeclaration(Code.Type(nameof(R.Decision)), "Evaluate")
            .WithModifiers(Code.Modifiers("internal static"))
            .WithParameterList(ParameterList(SeparatedList([Code.Parameter(nameof(R.Candidacy), "candidacy"), Code.Parameter("DateOnly", "asOf")])))
            .WithBody(LineMapping.Body(evaluate))
            .Hide();
        return ClassDeclaration(epoch.ClassName)
            .WithModifiers(Code.Modifiers("internal static"))
            .WithMembers(List(_fields.Append(evaluateMethod).Concat(_methods)))
            .Hide();
    }

    /// <summary>Step 1: the territory, the filing date and the programme's conditions, for every volet at once.</summary>
    private IEnumerable<StatementSyntax> WholeCandidacy()
    {
        if (Steps.Territory is { } territory)
        {
            _fields.Add(Field("private", nameof(R.TerritorialScope), "Territory", EpochMetadata.TerritorialScope(territory)));
            yield return Code.Statement(Code.Call(Decision, nameof(R.DecisionBuilder.RequireTerritory), Code.Id("Territory"))).At(territory.Location);
        }

        if (Steps.Filing is { } filing)
        {
            yield return Code.Statement(Code.Call(Decision, nameof(R.DecisionBuilder.RequireFiledDuringCandidacyPeriod), CalendarRuleField("FilingRule", filing))).At(filing.Location);
        }

        for (var index = 0; index < Steps.Conditions.Count; index++)
        {
            var condition = Steps.Conditions[index];
            yield return Code.Statement(Code.Call(Decision, nameof(R.DecisionBuilder.RequireCondition),
                formulas.Call(condition, withForfait: false), RuleField($"ConditionRule{index}", condition))).At(condition.Location);
        }
    }

    /// <summary>Step 2, for a requested volet: the window must be one of its windows, each of its prerequisites met unless tolerated, its conditions true.</summary>
    private StatementSyntax Admissibility(VoletStep step, int index)
    {
        var volet = step.Volet;
        var voletField = Code.Id($"Volet{index}");
        var windows = step.Windows.Where(Slots.Windows.Contains).Select(window => Slots[window]).ToList();
        _fields.Add(Field("private", nameof(R.VoletInfo), voletField.Identifier.Text, Code.New(nameof(R.VoletInfo),
            Code.String(volet.Symbol.Id), Code.String(volet.Label?.Value), Code.Strings(step.Windows.Select(window => window.Id)), ProvenanceSyntax.Of(volet.Windows))));
        var windowsLocation = volet.Windows?.Location ?? volet.Symbol.Declaration.Location;
        var statements = new List<StatementSyntax>
        {
            Code.Statement(Code.Call(Decision, nameof(R.DecisionBuilder.StartVolet), voletField)).Hide(),
            Code.If(Code.Not(Code.AnyOf(windows.Select(slot => Code.Equal(Window, Code.Int(slot))))),
                Code.Statement(Code.Call(Decision, nameof(R.DecisionBuilder.WindowNotInVolet), voletField)).At(windowsLocation)).At(windowsLocation),
        };
        foreach (var requirement in step.Prerequisites)
        {
            var prerequisite = requirement.Prerequisite;
            var field = PrerequisiteField(prerequisite, Slots[prerequisite.Symbol]);
            var tolerated = Code.AnyOf(requirement.ToleratedIn.Where(Slots.Windows.Contains).Select(window => Code.Equal(Window, Code.Int(Slots[window]))));
            statements.Add(Code.Statement(Code.Call(Decision, nameof(R.DecisionBuilder.RequirePrerequisite), voletField, Code.Id(field), tolerated))
                .At(prerequisite.Tolerance?.Location ?? prerequisite.Symbol.Declaration.Location));
        }

        for (var condition = 0; condition < step.Conditions.Count; condition++)
        {
            var rule = step.Conditions[condition];
            statements.Add(Code.Statement(Code.Call(Decision, nameof(R.DecisionBuilder.RequireVoletCondition), voletField,
                formulas.Call(rule, withForfait: false), RuleField($"Volet{index}ConditionRule{condition}", rule))).At(rule.Location));
        }

        var requested = Code.AnyOf(volet.Domains.Select(domain => Code.Call(Candidacy, nameof(R.Candidacy.IsDomainRequested), Code.Int(Slots[domain.Symbol]))));
        return Code.If(requested, LineMapping.Body(statements)).Hide();
    }

    /// <summary>Steps 3 and 4: the schedule (own window or postponement), then the calendar rules on the results.</summary>
    private IEnumerable<StatementSyntax> Calendar()
    {
        // Generated code has no nullable annotations: an element is null where a window has no schedule of that kind.
        _fields.Add(Code.Field("private static readonly", Code.ArrayOf(nameof(R.Schedule)), "OwnSchedules", Schedules(step => Schedule(step, postponed: false))).Hide());
        _fields.Add(Code.Field("private static readonly", Code.ArrayOf(nameof(R.Schedule)), "PostponedSchedules",
            Schedules(step => step.OffersPostponement ? Schedule(step, postponed: true) : Code.Null)).Hide());
        yield return Code.Statement(Code.Call(Decision, nameof(R.DecisionBuilder.UseSchedule), Code.Id("OwnSchedules"), Code.Id("PostponedSchedules"))).Hide();
        if (Steps.Results is { } results)
        {
            yield return Code.Statement(Code.Call(Decision, nameof(R.DecisionBuilder.CheckResultsByMilestone), CalendarRuleField("ResultsRule", results))).At(results.Location);
        }

        if (Steps.MeasuredPeriod is { } measured)
        {
            yield return Code.Statement(Code.Call(Decision, nameof(R.DecisionBuilder.CheckMeasuredWithinPeriod), CalendarRuleField("MeasuredPeriodRule", measured))).At(measured.Location);
        }

        yield return Code.Local("targetsWindow", Code.Member(Decision, nameof(R.DecisionBuilder.TargetsWindowSlot))).Hide();
        yield return Code.Local("degressivityWindow", Code.Member(Decision, nameof(R.DecisionBuilder.DegressivityWindowSlot))).Hide();
    }

    /// <summary>An array indexed by window slot: the schedule of each window in force, null for the others.</summary>
    private ExpressionSyntax Schedules(Func<ScheduleStep, ExpressionSyntax> schedule)
    {
        var bySlot = Steps.Schedules.ToDictionary(step => Slots[step.Window.Symbol]);
        return Code.Array(nameof(R.Schedule),
            Enumerable.Range(0, Slots.Windows.Count).Select(slot => bySlot.TryGetValue(slot, out var step) ? schedule(step) : Code.Null));
    }

    private ExpressionSyntax Schedule(ScheduleStep step, bool postponed)
    {
        var measuredBy = postponed ? step.PostponedTo!.Symbol : step.Window.Symbol;
        var targets = postponed ? step.TargetsOf! : step.Window.Symbol;
        var degressivity = postponed ? step.DegressivityOf! : step.Window.Symbol;
        var windowIndex = Steps.Rules.Windows.ToList().FindIndex(window => window.Symbol == measuredBy);
        return Code.New(nameof(R.Schedule),
            Code.String(step.Window.Symbol.Id),
            Code.Element(Code.Member(Code.Id("Info"), nameof(R.EpochInfo.Windows)), windowIndex),
            Code.Int(Slots[targets]), Code.String(targets.Id),
            Code.Int(Slots[degressivity]), Code.String(degressivity.Id),
            postponed ? ProvenanceSyntax.Of(step.Rule) : Code.Null);
    }

    private string PrerequisiteField(PrerequisiteInForce prerequisite, int slot)
    {
        var name = $"Prerequisite{slot}";
        if (!HasField(name))
        {
            _fields.Add(Field("private", nameof(R.PrerequisiteInfo), name, Code.New(nameof(R.PrerequisiteInfo),
                Code.Int(slot), Code.String(prerequisite.Symbol.Id), Code.String(prerequisite.Label?.Value), Code.String(prerequisite.Group?.Value),
                ProvenanceSyntax.Of(prerequisite.Symbol.DeclaringInstruction, prerequisite.Symbol.Declaration.Location, prerequisite.Label?.Assumption),
                ProvenanceSyntax.Of(prerequisite.Tolerance))));
        }

        return name;
    }

    /// <summary>Step 5 for one domain: the calendar, eligibility, every indicator against its target, then — only when all targets are met — forfait × degressivity + bonuses.</summary>
    private MemberDeclarationSyntax DomainMethod(string name, DomainStep step)
    {
        var domain = step.Domain;
        var slot = Slots[domain.Symbol];
        _fields.Add(Field("private", nameof(R.DomainInfo), $"Domain{slot}", Code.New(nameof(R.DomainInfo),
            Code.String(domain.Symbol.Id), Code.String(domain.Label?.Value), Code.String(step.Volet.Symbol.Id))));
        var statements = new List<StatementSyntax> { Code.If(Code.Call(Domain, nameof(R.DomainEvaluation.CloseIfUntimely)), Code.Return().Hide()).Hide() };
        if (domain.Eligibility is { } eligibility)
        {
            var rule = RuleField($"EligibilityRule{slot}", eligibility);
            statements.Add(Code.If(Code.Not(formulas.Call(eligibility, withForfait: false)),
                LineMapping.BlockAt(eligibility.Location, Code.Statement(Code.Call(Domain, nameof(R.DomainEvaluation.Ineligible), rule)), Code.Return())).At(eligibility.Location));
            statements.Add(Code.Statement(Code.Call(Domain, nameof(R.DomainEvaluation.Eligible), rule)).At(eligibility.Location));
        }

        foreach (var indicator in step.Indicators)
        {
            statements.AddRange(IndicatorCheck(indicator));
        }

        statements.Add(Code.If(Code.Call(Domain, nameof(R.DomainEvaluation.CloseIfTargetsMissed)), Code.Return().Hide()).Hide());
        if (domain.Forfait is { } forfait)
        {
            var degressivity = Code.SwitchOnSlot(DegressivityWindow, step.Degressivity
                .Where(pair => Slots.Windows.Contains(pair.Key))
                .OrderBy(pair => Slots[pair.Key])
                .Select(pair => (Slots[pair.Key], (ExpressionSyntax)Code.Id(DegressivityField(step.Volet, pair.Key, pair.Value)))));
            statements.Add(Code.Local("forfait", Code.Call(Domain, nameof(R.DomainEvaluation.ApplyDegressivity),
                formulas.Call(forfait, withForfait: false), RuleField($"ForfaitRule{slot}", forfait), degressivity)).At(forfait.Location));
        }

        foreach (var indicator in step.Bonuses)
        {
            var bonus = indicator.Indicator.Bonus!;
            var indicatorSlot = Slots[indicator.Indicator.Symbol];
            var indicatorField = Code.Id($"Indicator{indicatorSlot}");
            var rule = RuleField($"BonusRule{indicatorSlot}", bonus);
            statements.Add(Code.If(Code.Call(Domain, nameof(R.DomainEvaluation.IsBonusEarned), indicatorField),
                Code.Statement(Code.Call(Domain, nameof(R.DomainEvaluation.AddBonus), indicatorField, formulas.Call(bonus, withForfait: true), rule)).At(bonus.Location)).At(bonus.Location));
        }

        statements.Add(Code.Statement(Code.Call(Domain, nameof(R.DomainEvaluation.Funded), Code.Member(Code.Id("Info"), nameof(R.EpochInfo.Rounding)))).Hide());
        return MethodDeclaration(Code.Type("void"), name)
            .WithModifiers(Code.Modifiers("private static"))
            .WithParameterList(ParameterList(SeparatedList([
                Code.Parameter(nameof(R.Candidacy), "candidacy"), Code.Parameter(nameof(R.DomainEvaluation), "domain"),
                Code.Parameter("int", "targetsWindow"), Code.Parameter("int", "degressivityWindow")])))
            .WithBody(LineMapping.Body(statements))
            .Hide();
    }

    private IEnumerable<StatementSyntax> IndicatorCheck(IndicatorStep step)
    {
        var indicator = step.Indicator;
        var slot = Slots[indicator.Symbol];
        var rate = indicator.Definition?.Value as RateDefinition;
        _fields.Add(Field("private", nameof(R.IndicatorInfo), $"Indicator{slot}", Code.New(nameof(R.IndicatorInfo),
            Code.Int(slot), Code.String(indicator.Symbol.Id), Code.String(indicator.Label?.Value), Code.Bool(indicator.IsBonus),
            Code.Bool(indicator.Definition?.Value is not YesNoDefinition), Code.Int(Slots.SlotOrNone(rate?.Numerator)), Code.Int(Slots.SlotOrNone(rate?.Denominator)),
            ProvenanceSyntax.Of(indicator.Definition))));
        var applicable = $"applicable{slot}";
        ExpressionSyntax applicabilityRule = Code.Null;
        if (indicator.Applicability is { } applicability)
        {
            applicabilityRule = RuleField($"ApplicabilityRule{slot}", applicability);
            yield return Code.Local(applicable, formulas.Call(applicability, withForfait: false)).At(applicability.Location);
        }

        var threshold = Code.SwitchOnSlot(TargetsWindow, step.Targets
            .Where(cell => Slots.Windows.Contains(cell.Window))
            .Select(cell => (Slots[cell.Window], (ExpressionSyntax)Code.Id(TargetField(slot, cell.Window, cell.Target)))));
        yield return Code.Statement(Code.Call(Domain, nameof(R.DomainEvaluation.Check), Code.Id($"Indicator{slot}"), threshold,
                indicator.Applicability is null ? Code.Bool(true) : Code.Id(applicable), applicabilityRule))
            .At(indicator.Definition?.Location ?? indicator.Symbol.Declaration.Location);
    }

    private string TargetField(int indicatorSlot, EntitySymbol window, Sourced<TargetValue> target)
    {
        var name = $"Target{indicatorSlot}_{Slots[window]}";
        var kind = target.Value.Kind switch
        {
            TargetKind.Rate => nameof(R.ThresholdKind.Rate),
            TargetKind.Yes => nameof(R.ThresholdKind.Yes),
            _ => nameof(R.ThresholdKind.No),
        };
        _fields.Add(Field("private", nameof(R.Threshold), name, Code.New(nameof(R.Threshold),
            Code.Enum(nameof(R.ThresholdKind), kind), Code.Decimal(target.Value.Points), ProvenanceSyntax.Of(target))));
        return name;
    }

    private string DegressivityField(VoletInForce volet, EntitySymbol window, Sourced<decimal> rate)
    {
        var name = $"Degressivity{Steps.Volets.ToList().FindIndex(step => step.Volet == volet)}_{Slots[window]}";
        if (!HasField(name))
        {
            _fields.Add(Field("private", nameof(R.DegressivityRate), name, Code.New(nameof(R.DegressivityRate),
                Code.String(window.Id), Code.Decimal(rate.Value), ProvenanceSyntax.Of(rate))));
        }

        return name;
    }

    private IdentifierNameSyntax CalendarRuleField(string name, Sourced<Syntax.CalendarRuleKind> rule)
    {
        _fields.Add(Field("private", nameof(R.CalendarRule), name, EpochMetadata.CalendarRule(rule)));
        return Code.Id(name);
    }

    private IdentifierNameSyntax RuleField<T>(string name, Sourced<T> rule)
    {
        _fields.Add(Field("private", nameof(R.Provenance), name, ProvenanceSyntax.Of(rule)));
        return Code.Id(name);
    }

    private bool HasField(string name) => _fields.OfType<FieldDeclarationSyntax>().Any(field => field.Declaration.Variables[0].Identifier.Text == name);

    private static FieldDeclarationSyntax Field(string access, string type, string name, ExpressionSyntax value) =>
        Code.Field($"{access} static readonly", type, name, value).Hide();
}
