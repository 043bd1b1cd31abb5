using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SunEs.Emit.Planning;
using SunEs.Semantics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using R = SunEs.Runtime;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// One class per epoch: the rules in force from its date as constants (windows, thresholds
/// with provenance, degressivity…) and an Evaluate method that follows the semantics step by
/// step — admissibility per requested volet, then eligibility, targets and amount per domain —
/// each statement on the line of the rule it applies.
/// </summary>
internal sealed class EpochClassWriter(ProgrammePlan plan, EpochPlan epoch, FormulaWriter formulas)
{
    private static readonly IdentifierNameSyntax Candidacy = ExpressionTranslator.Candidacy;
    private static readonly IdentifierNameSyntax Decision = Code.Id("decision");
    private static readonly IdentifierNameSyntax Domain = Code.Id("domain");
    private static readonly IdentifierNameSyntax Window = Code.Id("window");

    private readonly List<MemberDeclarationSyntax> _fields = [];
    private readonly List<MemberDeclarationSyntax> _methods = [];
    private ProgrammeSlots Slots => plan.Slots;

    private RulesInForce Rules => epoch.Rules;

    public ClassDeclarationSyntax Write()
    {
        _fields.Add(Field("internal", nameof(R.EpochInfo), "Info", EpochMetadata.Info(epoch, Slots)));
        var volets = epoch.Programme.Volets;
        var evaluate = new List<StatementSyntax>
        {
            Code.Local("decision", Code.New(nameof(R.DecisionBuilder), Candidacy, Code.Id("asOf"), Code.Id("Info"))).Hide(),
            Code.Local("window", Code.Member(Candidacy, nameof(R.Candidacy.WindowSlot))).Hide(),
        };
        for (var index = 0; index < volets.Count; index++)
        {
            evaluate.Add(Admissibility(volets[index], index));
        }

        evaluate.Add(Code.If(Code.Not(Code.Member(Decision, nameof(R.DecisionBuilder.IsAdmissible))), Code.Return(Code.Call(Decision, nameof(R.DecisionBuilder.Build))).Hide()).Hide());
        for (var index = 0; index < volets.Count; index++)
        {
            foreach (var domain in volets[index].Domains)
            {
                var slot = Slots[domain.Symbol];
                var location = domain.Symbol.Declaration.Location;
                var method = $"EvaluateDomain{slot}";
                _methods.Add(DomainMethod(method, domain, volets[index], index));
                evaluate.Add(Code.If(Code.Call(Candidacy, nameof(R.Candidacy.IsDomainRequested), Code.Int(slot)),
                    Code.Statement(Code.Call(method, Candidacy, Code.Call(Decision, nameof(R.DecisionBuilder.StartDomain), Code.Id($"Domain{slot}")))).At(location)).At(location));
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

    /// <summary>For a requested volet: the window must be one of its windows, and each of its prerequisites met unless tolerated in the window.</summary>
    private StatementSyntax Admissibility(VoletInForce volet, int index)
    {
        var voletField = $"Volet{index}";
        var windows = volet.WindowList.Where(Slots.Windows.Contains).Select(window => Slots[window]).ToList();
        _fields.Add(Field("private", nameof(R.VoletInfo), voletField, Code.New(nameof(R.VoletInfo),
            Code.String(volet.Symbol.Id), Code.String(volet.Label?.Value), Code.Strings(volet.WindowList.Select(window => window.Id)), ProvenanceSyntax.Of(volet.Windows))));
        var windowsLocation = volet.Windows?.Location ?? volet.Symbol.Declaration.Location;
        var statements = new List<StatementSyntax>
        {
            Code.If(Code.Not(Code.AnyOf(windows.Select(slot => Code.Equal(Window, Code.Int(slot))))),
                Code.Statement(Code.Call(Decision, nameof(R.DecisionBuilder.WindowNotInVolet), Code.Id(voletField))).At(windowsLocation)).At(windowsLocation),
        };
        foreach (var prerequisite in Rules.PrerequisitesFor(volet))
        {
            var slot = Slots[prerequisite.Symbol];
            var field = PrerequisiteField(prerequisite, slot);
            var tolerated = Code.AnyOf((prerequisite.Tolerance?.Value ?? []).Where(Slots.Windows.Contains).Select(window => Code.Equal(Window, Code.Int(Slots[window]))));
            statements.Add(Code.Statement(Code.Call(Decision, nameof(R.DecisionBuilder.RequirePrerequisite), Code.Id(voletField), Code.Id(field), tolerated))
                .At(prerequisite.Tolerance?.Location ?? prerequisite.Symbol.Declaration.Location));
        }

        var requested = Code.AnyOf(volet.Domains.Select(domain => Code.Call(Candidacy, nameof(R.Candidacy.IsDomainRequested), Code.Int(Slots[domain.Symbol]))));
        return Code.If(requested, LineMapping.Body(statements)).Hide();
    }

    private string PrerequisiteField(PrerequisiteInForce prerequisite, int slot)
    {
        var name = $"Prerequisite{slot}";
        if (!_fields.OfType<FieldDeclarationSyntax>().Any(field => field.Declaration.Variables[0].Identifier.Text == name))
        {
            _fields.Add(Field("private", nameof(R.PrerequisiteInfo), name, Code.New(nameof(R.PrerequisiteInfo),
                Code.Int(slot), Code.String(prerequisite.Symbol.Id), Code.String(prerequisite.Label?.Value), Code.String(prerequisite.Group?.Value),
                ProvenanceSyntax.Of(prerequisite.Symbol.DeclaringInstruction, prerequisite.Symbol.Declaration.Location), ProvenanceSyntax.Of(prerequisite.Tolerance))));
        }

        return name;
    }

    /// <summary>Eligibility, every indicator against its target in the window, then — only when all targets are met — forfait × degressivity + bonuses.</summary>
    private MemberDeclarationSyntax DomainMethod(string name, DomainInForce domain, VoletInForce volet, int voletIndex)
    {
        var slot = Slots[domain.Symbol];
        _fields.Add(Field("private", nameof(R.DomainInfo), $"Domain{slot}", Code.New(nameof(R.DomainInfo),
            Code.String(domain.Symbol.Id), Code.String(domain.Label?.Value), Code.String(volet.Symbol.Id))));
        var statements = new List<StatementSyntax> { Code.Local("window", Code.Member(Candidacy, nameof(R.Candidacy.WindowSlot))).Hide() };
        if (domain.Eligibility is { } eligibility)
        {
            var rule = RuleField($"EligibilityRule{slot}", eligibility);
            statements.Add(Code.If(Code.Not(formulas.Call(eligibility, withForfait: false)),
                LineMapping.BlockAt(eligibility.Location, Code.Statement(Code.Call(Domain, nameof(R.DomainEvaluation.Ineligible), rule)), Code.Return())).At(eligibility.Location));
            statements.Add(Code.Statement(Code.Call(Domain, nameof(R.DomainEvaluation.Eligible), rule)).At(eligibility.Location));
        }

        foreach (var indicator in domain.Indicators)
        {
            statements.AddRange(IndicatorCheck(indicator, volet));
        }

        statements.Add(Code.If(Code.Call(Domain, nameof(R.DomainEvaluation.CloseIfTargetsMissed)), Code.Return().Hide()).Hide());
        if (domain.Forfait is { } forfait)
        {
            var degressivity = Code.SwitchOnSlot(Window, volet.WindowList.Where(Slots.Windows.Contains)
                .Where(window => volet.Degressivity.ContainsKey(window))
                .Select(window => (Slots[window], (ExpressionSyntax)Code.Id(DegressivityField(volet, voletIndex, window)))));
            statements.Add(Code.Local("forfait", Code.Call(Domain, nameof(R.DomainEvaluation.ApplyDegressivity),
                formulas.Call(forfait, withForfait: false), RuleField($"ForfaitRule{slot}", forfait), degressivity)).At(forfait.Location));
        }

        foreach (var indicator in domain.Indicators)
        {
            if (indicator.Bonus is { } bonus)
            {
                var indicatorField = Code.Id($"Indicator{Slots[indicator.Symbol]}");
                var rule = RuleField($"BonusRule{Slots[indicator.Symbol]}", bonus);
                statements.Add(Code.If(Code.Call(Domain, nameof(R.DomainEvaluation.IsBonusEarned), indicatorField),
                    Code.Statement(Code.Call(Domain, nameof(R.DomainEvaluation.AddBonus), indicatorField, formulas.Call(bonus, withForfait: true), rule)).At(bonus.Location)).At(bonus.Location));
            }
        }

        statements.Add(Code.Statement(Code.Call(Domain, nameof(R.DomainEvaluation.Funded), Code.Member(Code.Id("Info"), nameof(R.EpochInfo.Rounding)))).Hide());
        return MethodDeclaration(Code.Type("void"), name)
            .WithModifiers(Code.Modifiers("private static"))
            .WithParameterList(ParameterList(SeparatedList([Code.Parameter(nameof(R.Candidacy), "candidacy"), Code.Parameter(nameof(R.DomainEvaluation), "domain")])))
            .WithBody(LineMapping.Body(statements))
            .Hide();
    }

    private IEnumerable<StatementSyntax> IndicatorCheck(IndicatorInForce indicator, VoletInForce volet)
    {
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

        var threshold = Code.SwitchOnSlot(Window, volet.WindowList.Where(Slots.Windows.Contains)
            .Select(window => (Window: window, Target: volet.TargetFor(indicator.Symbol, window)))
            .Where(cell => cell.Target is { Value.Kind: not TargetKind.None })
            .Select(cell => (Slots[cell.Window], (ExpressionSyntax)Code.Id(TargetField(slot, cell.Window, cell.Target!)))));
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

    private string DegressivityField(VoletInForce volet, int voletIndex, EntitySymbol window)
    {
        var name = $"Degressivity{voletIndex}_{Slots[window]}";
        var rate = volet.Degressivity[window];
        if (!_fields.OfType<FieldDeclarationSyntax>().Any(field => field.Declaration.Variables[0].Identifier.Text == name))
        {
            _fields.Add(Field("private", nameof(R.DegressivityRate), name, Code.New(nameof(R.DegressivityRate),
                Code.String(window.Id), Code.Decimal(rate.Value), ProvenanceSyntax.Of(rate))));
        }

        return name;
    }

    private IdentifierNameSyntax RuleField<T>(string name, Sourced<T> rule)
    {
        _fields.Add(Field("private", nameof(R.Provenance), name, ProvenanceSyntax.Of(rule)));
        return Code.Id(name);
    }

    private static FieldDeclarationSyntax Field(string access, string type, string name, ExpressionSyntax value) =>
        Code.Field($"{access} static readonly", type, name, value).Hide();
}
