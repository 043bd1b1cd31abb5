namespace SunEs.Runtime;

/// <summary>
/// One requested domain being judged by generated rules: the calendar, eligibility, each
/// indicator against its threshold, then (only when funded) forfait × degressivity plus the
/// bonuses earned. With <see cref="DecisionDetail.Lean"/> it keeps only what the judgement
/// itself reads (a target missed, the bonuses earned, the running amount) and is reused from one
/// candidacy to the next; the status and amount are the same either way, computed by the same code.
/// </summary>
public sealed class DomainEvaluation
{
    private List<IndicatorInfo>? _metBonuses;
    private Candidacy _candidacy = null!;
    private DomainInfo _domain = null!;
    private TimelinessIssue? _timeliness;
    private bool _full;
    private List<IndicatorOutcome>? _indicators;
    private List<BonusAmount>? _bonuses;
    private bool _targetMissed;
    private DomainStatus? _status;
    private Provenance? _eligibilityRule;
    private decimal _baseForfait;
    private Provenance? _forfaitRule;
    private DegressivityRate? _degressivity;
    private decimal _degressed;
    private decimal _unrounded;
    private decimal _total;
    private AmountBreakdown? _amount;

    internal DomainEvaluation()
    {
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
    public bool AllTargetsMet => !_targetMissed;

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

        _targetMissed |= status == IndicatorStatus.Missed && !indicator.IsBonus;
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
        RequireNonNegative(forfait, null);
        _baseForfait = forfait;
        _forfaitRule = forfaitRule;
        _degressivity = degressivity ?? throw EvaluationException.Create(EvaluationErrorKind.IncompleteRules, _candidacy.Establishment, _domain.VoletId,
            $"Les règles ne donnent pas la dégressivité du volet {_domain.VoletId} en {_candidacy.Window.Id}",
            $"The rules give no degressivity for volet {_domain.VoletId} in {_candidacy.Window.Id}");
        _degressed = forfait * degressivity.Points / 100m;
        _unrounded = _degressed;
        return _degressed;
    }

    public bool IsBonusEarned(IndicatorInfo indicator)
    {
        if (_metBonuses is null)
        {
            return false;
        }

        foreach (var earned in _metBonuses)
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
        RequireNonNegative(amount, indicator);
        _unrounded += amount;
        _bonuses?.Add(new BonusAmount(indicator.Id, amount, rule));
    }

    public void Funded(RoundingRule rounding)
    {
        _total = rounding.Apply(_unrounded);
        _status = DomainStatus.Funded;
        if (_full)
        {
            // The evaluation of the domain ends here: the decision takes its lists rather than copies.
            _amount = new AmountBreakdown(_baseForfait, _forfaitRule, _degressivity!, _degressed, _bonuses!, _unrounded, _total, rounding);
        }
    }

    /// <summary>Makes this evaluation the judgement of <paramref name="domain"/> for a new candidacy.</summary>
    internal DomainEvaluation Start(Candidacy candidacy, DomainInfo domain, TimelinessIssue? timeliness, bool full)
    {
        (_candidacy, _domain, _timeliness, _full) = (candidacy, domain, timeliness, full);
        _indicators = full ? [] : null;
        _bonuses = full ? [] : null;
        _metBonuses?.Clear();
        (_targetMissed, _status, _eligibilityRule, _forfaitRule, _degressivity, _amount) = (false, null, null, null, null, null);
        (_baseForfait, _degressed, _unrounded, _total) = (0m, 0m, 0m, 0m);
        return this;
    }

    /// <summary>Lets go of the candidacy once the decision is built, so a reused evaluation keeps nothing alive.</summary>
    internal void Release() => (_candidacy, _domain, _timeliness) = (null!, null!, null);

    private void Add(IndicatorInfo indicator, IndicatorStatus status, Threshold? threshold, MeasuredValue? measured, Provenance? applicabilityRule) =>
        _indicators?.Add(new IndicatorOutcome(indicator.Id, indicator.Label, indicator.IsBonus, status, threshold, measured, applicabilityRule));

    private DomainStatus Status => _status ?? DomainStatus.TargetsMissed;

    internal DomainDecision ToDecision() =>
        new(_domain.Id, _domain.Label, _domain.VoletId, Status, _eligibilityRule, _indicators!, _amount);

    internal DomainSummary ToSummary() => new(_domain.Id, Status, Status == DomainStatus.Funded ? _total : 0m);

    /// <summary>The forfait (no bonus) or a bonus must not be negative; the message is written only when one is.</summary>
    private void RequireNonNegative(decimal amount, IndicatorInfo? bonus)
    {
        if (amount < 0)
        {
            var (whatFr, whatEn) = bonus is null ? ("forfait", "flat amount") : ($"bonus {bonus.Id}", $"bonus {bonus.Id}");
            throw EvaluationException.Create(EvaluationErrorKind.NegativeAmount, _candidacy.Establishment, _domain.Id,
                $"Le {whatFr} du domaine {_domain.Id} est négatif ({amount.ToString(Formats.Invariant)} €)",
                $"The {whatEn} of domain {_domain.Id} is negative (€{amount.ToString(Formats.Invariant)})");
        }
    }
}
