namespace SunEs.Runtime;

/// <summary>
/// One requested domain being judged by generated rules: the calendar, eligibility, each
/// indicator against its threshold, then (only when funded) forfait × degressivity plus the
/// bonuses earned.
/// </summary>
public sealed class DomainEvaluation
{
    private readonly Candidacy _candidacy;
    private readonly DomainInfo _domain;
    private readonly TimelinessIssue? _timeliness;
    private readonly List<IndicatorOutcome> _indicators = [];
    private readonly List<BonusAmount> _bonuses = [];
    private List<IndicatorInfo>? _metBonuses;
    private DomainStatus? _status;
    private Provenance? _eligibilityRule;
    private decimal _baseForfait;
    private Provenance? _forfaitRule;
    private DegressivityRate? _degressivity;
    private decimal _degressed;
    private AmountBreakdown? _amount;

    internal DomainEvaluation(Candidacy candidacy, DomainInfo domain, TimelinessIssue? timeliness)
    {
        _candidacy = candidacy;
        _domain = domain;
        _timeliness = timeliness;
    }

    internal string DomainId => _domain.Id;

    /// <summary>Closes the domain when the calendar rules refuse the candidacy's dates (results late, measures outside the period); true when it did.</summary>
    public bool CloseIfUntimely()
    {
        if (_timeliness is null)
        {
            return false;
        }

        _status = _timeliness.Kind == TimelinessIssueKind.ResultsAfterMilestone ? DomainStatus.Late : DomainStatus.MeasuredOutsidePeriod;
        return true;
    }

    /// <summary>True while every applicable non-bonus indicator with a target in the window meets it.</summary>
    public bool AllTargetsMet
    {
        get
        {
            foreach (var outcome in _indicators)
            {
                if (!outcome.IsBonus && outcome.Status == IndicatorStatus.Missed)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public void Eligible(Provenance? rule) => _eligibilityRule = rule;

    public void Ineligible(Provenance? rule)
    {
        _eligibilityRule = rule;
        _status = DomainStatus.Ineligible;
    }

    /// <summary>
    /// Judges one indicator: not applicable, no target in the window, or its measure against the
    /// threshold. A missing measure is an error for a target the domain must meet; for a bonus
    /// it only means no bonus.
    /// </summary>
    public void Check(IndicatorInfo indicator, Threshold? threshold, bool applicable, Provenance? applicabilityRule)
    {
        if (!applicable)
        {
            Add(indicator, IndicatorStatus.NotApplicable, null, null, applicabilityRule);
            return;
        }

        if (threshold is null)
        {
            Add(indicator, IndicatorStatus.NoTarget, null, null, applicabilityRule);
            return;
        }

        var measured = (indicator.IsRate, indicator.IsBonus) switch
        {
            (true, false) => _candidacy.ReadRate(indicator.Slot, indicator.NumeratorSlot, indicator.DenominatorSlot),
            (true, true) => _candidacy.FindRate(indicator.Slot, indicator.NumeratorSlot, indicator.DenominatorSlot),
            (false, false) => _candidacy.ReadYesNo(indicator.Slot),
            (false, true) => _candidacy.FindYesNo(indicator.Slot),
        };
        var status = measured is not { } value ? IndicatorStatus.NotMeasured : threshold.IsMetBy(value) ? IndicatorStatus.Met : IndicatorStatus.Missed;
        if (status == IndicatorStatus.Met && indicator.IsBonus)
        {
            (_metBonuses ??= []).Add(indicator);
        }

        Add(indicator, status, threshold, measured, applicabilityRule);
    }

    /// <summary>Closes an eligible domain that missed a target; true when it did.</summary>
    public bool CloseIfTargetsMissed()
    {
        if (AllTargetsMet)
        {
            return false;
        }

        _status = DomainStatus.TargetsMissed;
        return true;
    }

    /// <summary>Records the forfait and returns it after degressivity: what "forfait" means in a bonus.</summary>
    public decimal ApplyDegressivity(decimal forfait, Provenance? forfaitRule, DegressivityRate? degressivity)
    {
        RequireNonNegative(forfait, "forfait", "flat amount");
        _baseForfait = forfait;
        _forfaitRule = forfaitRule;
        _degressivity = degressivity ?? throw EvaluationException.Create(EvaluationErrorKind.IncompleteRules, _candidacy.Establishment, _domain.VoletId,
            $"Les règles ne donnent pas la dégressivité du volet {_domain.VoletId} en {_candidacy.Window.Id}",
            $"The rules give no degressivity for volet {_domain.VoletId} in {_candidacy.Window.Id}");
        _degressed = forfait * degressivity.Points / 100m;
        return _degressed;
    }

    public bool IsBonusEarned(IndicatorInfo indicator)
    {
        foreach (var earned in _metBonuses ?? [])
        {
            if (ReferenceEquals(earned, indicator))
            {
                return true;
            }
        }

        return false;
    }

    public void AddBonus(IndicatorInfo indicator, decimal amount, Provenance? rule)
    {
        RequireNonNegative(amount, $"bonus {indicator.Id}", $"bonus {indicator.Id}");
        _bonuses.Add(new BonusAmount(indicator.Id, amount, rule));
    }

    public void Funded(RoundingRule rounding)
    {
        var unrounded = _degressed;
        foreach (var bonus in _bonuses)
        {
            unrounded += bonus.Amount;
        }

        // The evaluation of the domain ends here: the decision takes its lists rather than copies.
        _amount = new AmountBreakdown(_baseForfait, _forfaitRule, _degressivity!, _degressed, _bonuses, unrounded, rounding.Apply(unrounded), rounding);
        _status = DomainStatus.Funded;
    }

    private void Add(IndicatorInfo indicator, IndicatorStatus status, Threshold? threshold, MeasuredValue? measured, Provenance? applicabilityRule) =>
        _indicators.Add(new IndicatorOutcome(indicator.Id, indicator.Label, indicator.IsBonus, status, threshold, measured, applicabilityRule));

    internal DomainDecision ToDecision() =>
        new(_domain.Id, _domain.Label, _domain.VoletId, _status ?? DomainStatus.TargetsMissed, _eligibilityRule, _indicators, _amount);

    private void RequireNonNegative(decimal amount, string whatFr, string whatEn)
    {
        if (amount < 0)
        {
            throw EvaluationException.Create(EvaluationErrorKind.NegativeAmount, _candidacy.Establishment, _domain.Id,
                $"Le {whatFr} du domaine {_domain.Id} est négatif ({amount.ToString(Formats.Invariant)} €)",
                $"The {whatEn} of domain {_domain.Id} is negative (€{amount.ToString(Formats.Invariant)})");
        }
    }
}
