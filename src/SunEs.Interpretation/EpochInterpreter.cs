using SunEs.Semantics;
using R = SunEs.Runtime;

namespace SunEs.Interpretation;

/// <summary>
/// Judges candidacies under the rules in force from one date by walking those rules, in the
/// order of the semantics and of the compiled code: admissibility per requested volet, then per
/// requested domain eligibility, each indicator against its target in the window, and — only
/// when every target is met — forfait × degressivity plus the bonuses earned.
/// </summary>
internal sealed class EpochInterpreter(RulesInForce rules, ProgrammeInForce programme, ProgrammeSlots slots, R.EpochInfo info)
{
    public R.EpochInfo Info { get; } = info;

    public R.Decision Evaluate(R.Candidacy candidacy, DateOnly asOf)
    {
        var decision = new R.DecisionBuilder(candidacy, asOf, Info);
        var window = slots.Windows[candidacy.WindowSlot];
        foreach (var volet in programme.Volets)
        {
            if (volet.Domains.Any(domain => candidacy.IsDomainRequested(slots[domain.Symbol])))
            {
                Admissibility(decision, volet, window);
            }
        }

        if (!decision.IsAdmissible)
        {
            return decision.Build();
        }

        foreach (var volet in programme.Volets)
        {
            foreach (var domain in volet.Domains)
            {
                if (candidacy.IsDomainRequested(slots[domain.Symbol]))
                {
                    EvaluateDomain(candidacy, decision.StartDomain(RuntimeModel.Domain(domain, volet)), domain, volet, window);
                }
            }
        }

        return decision.Build();
    }

    private void Admissibility(R.DecisionBuilder decision, VoletInForce volet, EntitySymbol window)
    {
        var voletInfo = RuntimeModel.Volet(volet);
        if (!volet.WindowList.Contains(window))
        {
            decision.WindowNotInVolet(voletInfo);
        }

        foreach (var prerequisite in rules.PrerequisitesFor(volet))
        {
            decision.RequirePrerequisite(voletInfo, RuntimeModel.Prerequisite(prerequisite, slots[prerequisite.Symbol]), prerequisite.IsToleratedIn(window));
        }
    }

    private void EvaluateDomain(R.Candidacy candidacy, R.DomainEvaluation evaluation, DomainInForce domain, VoletInForce volet, EntitySymbol window)
    {
        var expressions = new ExpressionInterpreter(slots, candidacy, forfait: null);
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
        var indicators = domain.Indicators.Select(indicator => (Rules: indicator, Info: RuntimeModel.Indicator(indicator, slots))).ToList();
        var windowInVolet = volet.WindowList.Contains(window);
        foreach (var (indicator, info) in indicators)
        {
            var applicable = indicator.Applicability is not { } applicability || expressions.Boolean(applicability.Value);
            var target = windowInVolet ? volet.TargetFor(indicator.Symbol, window) : null;
            var threshold = target is { Value.Kind: not TargetKind.None } ? RuntimeModel.Threshold(target) : null;
            evaluation.Check(info, threshold, applicable, RuntimeModel.Provenance(indicator.Applicability));
        }

        if (evaluation.CloseIfTargetsMissed())
        {
            return;
        }

        decimal? forfait = null;
        if (domain.Forfait is { } rule)
        {
            var degressivity = windowInVolet && volet.Degressivity.TryGetValue(window, out var rate) ? RuntimeModel.Degressivity(window, rate) : null;
            forfait = evaluation.ApplyDegressivity(expressions.Number(rule.Value), RuntimeModel.Provenance(rule), degressivity);
        }

        var bonuses = new ExpressionInterpreter(slots, candidacy, forfait);
        foreach (var (indicator, info) in indicators)
        {
            if (indicator.Bonus is { } bonus && evaluation.IsBonusEarned(info))
            {
                evaluation.AddBonus(info, bonuses.Number(bonus.Value), RuntimeModel.Provenance(bonus));
            }
        }

        evaluation.Funded(Info.Rounding);
    }
}
