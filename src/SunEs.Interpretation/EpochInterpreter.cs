using SunEs.Semantics;
using R = SunEs.Runtime;

namespace SunEs.Interpretation;

/// <summary>
/// Judges candidacies under the rules in force from one date by walking the epoch's
/// <see cref="DecisionPlan"/>, the same steps the compiled code takes: the whole candidacy, each
/// requested volet, the schedule, the calendar rules, then each requested domain of an admissible
/// volet — dates, eligibility, each indicator against its target, and — only when every target is
/// met — forfait × degressivity plus the bonuses earned.
/// </summary>
internal sealed class EpochInterpreter
{
    private readonly DecisionPlan _plan;
    private readonly ProgrammeSlots _slots;
    private readonly R.Schedule?[] _own;
    private readonly R.Schedule?[] _postponed;
    private readonly IReadOnlyList<R.VoletInfo> _volets;

    public EpochInterpreter(DecisionPlan plan, ProgrammeSlots slots, R.EpochInfo info)
    {
        _plan = plan;
        _slots = slots;
        Info = info;
        _volets = plan.Volets.Select(step => RuntimeModel.Volet(step.Volet)).ToList();
        _own = new R.Schedule?[slots.Windows.Count];
        _postponed = new R.Schedule?[slots.Windows.Count];
        foreach (var step in plan.Schedules)
        {
            var slot = slots[step.Window.Symbol];
            _own[slot] = Schedule(step.Window.Symbol, step.Window.Symbol, step.Window.Symbol, step.Window.Symbol, null);
            if (step.OffersPostponement)
            {
                _postponed[slot] = Schedule(step.Window.Symbol, step.PostponedTo!.Symbol, step.TargetsOf!, step.DegressivityOf!, RuntimeModel.Provenance(step.Rule));
            }
        }
    }

    public R.EpochInfo Info { get; }

    public R.Decision Evaluate(R.Candidacy candidacy, DateOnly asOf)
    {
        var decision = new R.DecisionBuilder(candidacy, asOf, Info);
        var window = _slots.Windows[candidacy.WindowSlot];
        var expressions = new ExpressionInterpreter(_slots, candidacy, forfait: null);
        if (_plan.Territory is { } territory)
        {
            decision.RequireTerritory(RuntimeModel.TerritorialScope(territory)!);
        }

        if (_plan.Filing is { } filing)
        {
            decision.RequireFiledDuringCandidacyPeriod(RuntimeModel.CalendarRule(filing));
        }

        foreach (var condition in _plan.Conditions)
        {
            decision.RequireCondition(expressions.Boolean(condition.Value), RuntimeModel.Provenance(condition)!);
        }

        for (var index = 0; index < _plan.Volets.Count; index++)
        {
            var step = _plan.Volets[index];
            if (step.Volet.Domains.Any(domain => candidacy.IsDomainRequested(_slots[domain.Symbol])))
            {
                Admissibility(decision, step, _volets[index], window, expressions);
            }
        }

        if (!decision.AnyVoletAdmissible)
        {
            return decision.Build();
        }

        decision.UseSchedule(_own, _postponed);
        if (_plan.Results is { } results)
        {
            decision.CheckResultsByMilestone(RuntimeModel.CalendarRule(results));
        }

        if (_plan.MeasuredPeriod is { } measured)
        {
            decision.CheckMeasuredWithinPeriod(RuntimeModel.CalendarRule(measured));
        }

        var targetsWindow = _slots.Windows[decision.TargetsWindowSlot];
        var degressivityWindow = _slots.Windows[decision.DegressivityWindowSlot];
        for (var index = 0; index < _plan.Volets.Count; index++)
        {
            foreach (var domain in _plan.Volets[index].Domains)
            {
                if (candidacy.IsDomainRequested(_slots[domain.Domain.Symbol]) && decision.IsVoletAdmissible(_volets[index]))
                {
                    EvaluateDomain(candidacy, decision.StartDomain(RuntimeModel.Domain(domain.Domain, domain.Volet)), domain, targetsWindow, degressivityWindow);
                }
            }
        }

        return decision.Build();
    }

    private R.Schedule Schedule(EntitySymbol window, EntitySymbol measuredBy, EntitySymbol targets, EntitySymbol degressivity, R.Provenance? rule) =>
        new(window.Id, Info.FindWindow(measuredBy.Id)!, _slots[targets], targets.Id, _slots[degressivity], degressivity.Id, rule);

    private void Admissibility(R.DecisionBuilder decision, VoletStep step, R.VoletInfo volet, EntitySymbol window, ExpressionInterpreter expressions)
    {
        decision.StartVolet(volet);
        if (!step.Windows.Contains(window))
        {
            decision.WindowNotInVolet(volet);
        }

        foreach (var requirement in step.Prerequisites)
        {
            var prerequisite = requirement.Prerequisite;
            decision.RequirePrerequisite(volet, RuntimeModel.Prerequisite(prerequisite, _slots[prerequisite.Symbol]), requirement.ToleratedIn.Contains(window));
        }

        foreach (var condition in step.Conditions)
        {
            decision.RequireVoletCondition(volet, expressions.Boolean(condition.Value), RuntimeModel.Provenance(condition)!);
        }
    }

    private void EvaluateDomain(R.Candidacy candidacy, R.DomainEvaluation evaluation, DomainStep step, EntitySymbol targetsWindow, EntitySymbol degressivityWindow)
    {
        if (evaluation.CloseIfUntimely())
        {
            return;
        }

        var domain = step.Domain;
        var expressions = new ExpressionInterpreter(_slots, candidacy, forfait: null);
        if (domain.Eligibility is { } eligibility)
        {
            if (!expressions.Boolean(eligibility.Value))
            {
                evaluation.Ineligible(RuntimeModel.Provenance(eligibility));
                return;
            }

            evaluation.Eligible(RuntimeModel.Provenance(eligibility));
        }

        // One IndicatorInfo per indicator for the whole domain: the evaluation recognises an earned bonus by reference.
        var indicators = step.Indicators.Select(indicator => (Step: indicator, Info: RuntimeModel.Indicator(indicator.Indicator, _slots))).ToList();
        foreach (var (indicator, info) in indicators)
        {
            var applicable = indicator.Indicator.Applicability is not { } applicability || expressions.Boolean(applicability.Value);
            var threshold = indicator.TargetIn(targetsWindow) is { } target ? RuntimeModel.Threshold(target) : null;
            evaluation.Check(info, threshold, applicable, RuntimeModel.Provenance(indicator.Indicator.Applicability));
        }

        if (evaluation.CloseIfTargetsMissed())
        {
            return;
        }

        decimal? forfait = null;
        if (domain.Forfait is { } rule)
        {
            var degressivity = step.Degressivity.TryGetValue(degressivityWindow, out var rate) ? RuntimeModel.Degressivity(degressivityWindow, rate) : null;
            forfait = evaluation.ApplyDegressivity(expressions.Number(rule.Value), RuntimeModel.Provenance(rule), degressivity);
        }

        var bonuses = new ExpressionInterpreter(_slots, candidacy, forfait);
        foreach (var (indicator, info) in indicators)
        {
            if (indicator.Indicator.Bonus is { } bonus && evaluation.IsBonusEarned(info))
            {
                evaluation.AddBonus(info, bonuses.Number(bonus.Value), RuntimeModel.Provenance(bonus));
            }
        }

        evaluation.Funded(Info.Rounding);
    }
}
