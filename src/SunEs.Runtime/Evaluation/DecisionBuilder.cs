namespace SunEs.Runtime;

/// <summary>
/// Collects what generated rules (or the interpreter) find while judging one candidacy and turns
/// it into a <see cref="Decision"/>. Callers follow the steps of the decision plan: the
/// candidacy-wide conditions (territory, filing date, the programme's conditions), each requested
/// volet's admissibility, the schedule (own window or postponement), the calendar rules on the
/// results, then each requested domain of an admissible volet. With <see cref="DecisionDetail.Lean"/>
/// it counts issues instead of recording them, and a builder and its domain evaluations are reused
/// by the next lean judgement on the same thread: a lean decision allocates the decision alone.
/// </summary>
public sealed partial class DecisionBuilder
{
    [ThreadStatic]
    private static DecisionBuilder? t_spare;

    private readonly List<AdmissibilityIssue> _issues = [];
    private readonly List<(VoletInfo Volet, int Issues)> _volets = [];
    private readonly List<DomainEvaluation> _domains = [];
    private Candidacy _candidacy = null!;
    private DateOnly _asOf;
    private EpochInfo _epoch = null!;
    private IProgrammeRules? _rules;
    private int _candidacyIssues;
    private int _domainCount;
    private Schedule? _schedule;

    /// <summary>A builder of a full decision. Fails when the window or a requested domain does not exist in the rules of the epoch.</summary>
    public DecisionBuilder(Candidacy candidacy, DateOnly asOf, EpochInfo epoch) => Begin(candidacy, asOf, epoch, null);

    private DecisionBuilder()
    {
    }

    /// <summary>
    /// A builder recording what <paramref name="detail"/> asks; <paramref name="rules"/> are the
    /// rules judging, which a lean decision calls again when its details are read.
    /// </summary>
    public static DecisionBuilder Start(IProgrammeRules rules, Candidacy candidacy, DateOnly asOf, EpochInfo epoch, DecisionDetail detail)
    {
        if (detail == DecisionDetail.Full)
        {
            return new DecisionBuilder(candidacy, asOf, epoch);
        }

        ArgumentNullException.ThrowIfNull(rules);
        var builder = t_spare ?? new DecisionBuilder();
        t_spare = null;
        builder.Begin(candidacy, asOf, epoch, rules);
        return builder;
    }

    private void Begin(Candidacy candidacy, DateOnly asOf, EpochInfo epoch, IProgrammeRules? rules)
    {
        _candidacy = candidacy;
        _asOf = asOf;
        _epoch = epoch;
        _rules = rules;
        if (!epoch.HasWindowSlot(candidacy.WindowSlot))
        {
            throw NotInForce(EvaluationErrorKind.UnknownWindow, candidacy.Window.Id, "la fenêtre", "window");
        }

        var domains = candidacy.Schema.Domains;
        for (var slot = 0; slot < domains.Count; slot++)
        {
            var domain = domains[slot];
            if (candidacy.IsDomainRequested(slot) && !epoch.HasDomainSlot(slot))
            {
                throw NotInForce(EvaluationErrorKind.UnknownDomain, domain.Id, "le domaine", "domain");
            }
        }
    }

    private bool IsFull => _rules is null;

    public Candidacy Candidacy => _candidacy;

    /// <summary>Set once <see cref="UseSchedule"/> has chosen it: why a domain is not funded whatever its measures.</summary>
    public TimelinessIssue? Timeliness { get; private set; }

    /// <summary>The window whose targets judge the candidacy (its own, or the one its postponement's terms name).</summary>
    public int TargetsWindowSlot => ChosenSchedule.TargetsWindowSlot;

    /// <summary>The window whose degressivity the forfaits follow.</summary>
    public int DegressivityWindowSlot => ChosenSchedule.DegressivityWindowSlot;

    public bool AnyVoletAdmissible
    {
        get
        {
            foreach (var (_, issues) in _volets)
            {
                if (_candidacyIssues == 0 && issues == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private Schedule ChosenSchedule => _schedule ?? throw new InvalidOperationException("The schedule is chosen after admissibility.");

    private WindowInfo Window => _epoch.FindWindow(_candidacy.Window.Id)!;

    // ------------------------------------------------------------------ the whole candidacy

    /// <summary>The establishment must be in a territory the rules apply to.</summary>
    public void RequireTerritory(TerritorialScope scope)
    {
        var territory = _candidacy.Territory ?? throw MissingFact(
            "le territoire de l'établissement", "the establishment's territory", scope.Rule, "territoire", "territory");
        if (!scope.Includes(territory))
        {
            AddIssue(AdmissibilityIssueKind.OutsideTerritory, null, territory.Name, null, scope.Rule);
        }
    }

    /// <summary>The candidacy must be filed within its window's candidacy period, both days included.</summary>
    public void RequireFiledDuringCandidacyPeriod(CalendarRule rule)
    {
        var filedOn = _candidacy.FiledOn ?? throw MissingFact("la date de dépôt de la candidature", "the filing date of the candidacy", rule.Rule, "déposée_le", "filed_on");
        var window = Window;
        if (window is not { CandidacyStart: { } start, CandidacyEnd: { } end })
        {
            throw UnknownDate(rule, $"la période de candidature de {window.Id}", $"the candidacy period of {window.Id}");
        }

        if (filedOn < start || filedOn > end)
        {
            AddIssue(AdmissibilityIssueKind.FiledOutsideCandidacyPeriod, null, window.Id, window.Label, window.CandidacyProvenance ?? rule.Rule);
        }
    }

    /// <summary>A "recevable si" condition of the programme: false makes every volet inadmissible.</summary>
    public void RequireCondition(bool met, Provenance rule)
    {
        if (!met)
        {
            AddIssue(AdmissibilityIssueKind.ConditionNotMet, null, rule.Excerpt, null, rule);
        }
    }

    // ------------------------------------------------------------------ each requested volet

    /// <summary>Starts the admissibility of a requested volet: the checks that follow are the volet's.</summary>
    public void StartVolet(VoletInfo volet) => _volets.Add((volet, 0));

    public void WindowNotInVolet(VoletInfo volet) =>
        AddIssue(AdmissibilityIssueKind.WindowNotInVolet, volet, _candidacy.Window.Id, _candidacy.Window.Label, volet.WindowsRule);

    /// <summary>Records a prerequisite of the volet not met; a tolerated one need not be declared at all.</summary>
    public void RequirePrerequisite(VoletInfo volet, PrerequisiteInfo prerequisite, bool tolerated)
    {
        if (tolerated)
        {
            return;
        }

        switch (_candidacy.GetPrerequisiteStatus(prerequisite.Slot))
        {
            case PrerequisiteStatus.Met:
                return;
            case PrerequisiteStatus.NotMet:
                AddIssue(AdmissibilityIssueKind.PrerequisiteNotMet, volet, prerequisite.Id, prerequisite.Label, prerequisite.Declaration);
                return;
            default:
                throw EvaluationException.Create(EvaluationErrorKind.MissingPrerequisiteStatus, _candidacy.Establishment, prerequisite.Id,
                    $"Le prérequis « {prerequisite.Id} » du volet {volet.Id} n'est déclaré ni atteint ni non atteint",
                    $"Prerequisite '{prerequisite.Id}' of volet {volet.Id} is declared neither met nor not met");
        }
    }

    /// <summary>A "recevable si" condition of the volet.</summary>
    public void RequireVoletCondition(VoletInfo volet, bool met, Provenance rule)
    {
        if (!met)
        {
            AddIssue(AdmissibilityIssueKind.ConditionNotMet, volet, rule.Excerpt, null, rule);
        }
    }

    /// <summary>True when the candidacy-wide conditions and the volet's own hold; a volet not requested is not admissible.</summary>
    public bool IsVoletAdmissible(VoletInfo volet)
    {
        foreach (var (started, issues) in _volets)
        {
            if (ReferenceEquals(started, volet) && issues == 0)
            {
                return _candidacyIssues == 0;
            }
        }

        return false;
    }

    // ------------------------------------------------------------------ the calendar of an admissible candidacy

    /// <summary>
    /// The candidacy's own schedule, or its window's postponement when it asks for one. The arrays
    /// are indexed by window slot (null where the window has no schedule of that kind). A
    /// postponement the rules do not offer is an error, never ignored.
    /// </summary>
    public void UseSchedule(IReadOnlyList<Schedule?> own, IReadOnlyList<Schedule?> postponed)
    {
        var slot = _candidacy.WindowSlot;
        if (_candidacy.PostponementRequested)
        {
            _schedule = postponed[slot] ?? throw EvaluationException.Create(EvaluationErrorKind.PostponementNotOffered, _candidacy.Establishment, _candidacy.Window.Id,
                $"Report demandé, mais la fenêtre {_candidacy.Window.Id} n'a pas de report dans les règles en vigueur au {Formats.Date(_asOf)} : retirez la demande de report",
                $"Postponement requested, but window {_candidacy.Window.Id} has none in the rules in force on {Formats.Date(_asOf)}: remove the request");
        }
        else
        {
            _schedule = own[slot] ?? throw new InvalidOperationException($"No schedule for window slot {slot}.");
        }
    }

    /// <summary>The results must be transmitted on or before the schedule's milestone.</summary>
    public void CheckResultsByMilestone(CalendarRule rule)
    {
        var resultsOn = _candidacy.ResultsOn ?? throw MissingFact("la date de transmission des résultats", "the date the results were transmitted", rule.Rule, "résultats_le", "results_on");
        var schedule = ChosenSchedule;
        var milestone = schedule.Milestone ?? throw UnknownDate(rule, $"le jalon de {schedule.MeasuredBy.Id}", $"the milestone of {schedule.MeasuredBy.Id}");
        if (resultsOn > milestone && Timeliness is null)
        {
            Timeliness = new TimelinessIssue(TimelinessIssueKind.ResultsAfterMilestone, rule.Rule, schedule.MeasuredBy.MilestoneProvenance);
        }
    }

    /// <summary>The measures must cover days of the schedule's measurement period only.</summary>
    public void CheckMeasuredWithinPeriod(CalendarRule rule)
    {
        if (_candidacy is not { MeasuredFrom: { } from, MeasuredTo: { } to })
        {
            throw MissingFact("la période couverte par les mesures", "the period the measures cover", rule.Rule, "mesurée_du, mesurée_au", "measured_from, measured_to");
        }

        var schedule = ChosenSchedule;
        if (schedule.MeasuredBy is not { MeasurementStart: { } start, MeasurementEnd: { } end })
        {
            throw UnknownDate(rule, $"la période de mesure de {schedule.MeasuredBy.Id}", $"the measurement period of {schedule.MeasuredBy.Id}");
        }

        if ((from < start || to > end) && Timeliness is null)
        {
            Timeliness = new TimelinessIssue(TimelinessIssueKind.MeasuredOutsidePeriod, rule.Rule, schedule.MeasuredBy.MeasurementProvenance);
        }
    }

    // ------------------------------------------------------------------ domains

    public DomainEvaluation StartDomain(DomainInfo domain)
    {
        if (IsFull || _domainCount == _domains.Count)
        {
            _domains.Add(new DomainEvaluation());
        }

        return _domains[IsFull ? _domains.Count - 1 : _domainCount++].Start(_candidacy, domain, Timeliness, IsFull);
    }

    /// <summary>The decision; requested domains of inadmissible volets are listed as such.</summary>
    public Decision Build() => IsFull ? BuildFull() : BuildLean();

    private Decision BuildFull()
    {
        var schema = _candidacy.Schema.Domains;
        var domains = new List<DomainDecision>(schema.Count);
        for (var slot = 0; slot < schema.Count; slot++)
        {
            if (_candidacy.IsDomainRequested(slot))
            {
                var requested = schema[slot];
                domains.Add(Evaluated(requested.Id, _domains.Count)?.ToDecision()
                    ?? new DomainDecision(requested.Id, requested.Label, requested.VoletId, DomainStatus.Inadmissible, null, [], null));
            }
        }

        // Every issue of the whole candidacy first, then each volet's, in the order the volets were judged.
        var issues = new List<AdmissibilityIssue>(_issues.Count);
        AddIssuesOf(null, issues);
        var volets = new List<VoletDecision>(_volets.Count);
        foreach (var (volet, count) in _volets)
        {
            var own = new List<AdmissibilityIssue>(_candidacyIssues + count);
            AddIssuesOf(null, own);
            AddIssuesOf(volet.Id, own);
            AddIssuesOf(volet.Id, issues);
            volets.Add(new VoletDecision(volet.Id, volet.Label, _candidacyIssues == 0 && count == 0, own));
        }

        return new Decision(_candidacy, _asOf, _epoch, volets, issues, domains, _schedule, Timeliness, _earlierOutcomes);
    }

    private void AddIssuesOf(string? voletId, List<AdmissibilityIssue> to)
    {
        foreach (var issue in _issues)
        {
            if (issue.VoletId == voletId)
            {
                to.Add(issue);
            }
        }
    }

    /// <summary>The summaries alone; the builder then waits, holding nothing, for the next lean judgement of its thread.</summary>
    private Decision BuildLean()
    {
        var schema = _candidacy.Schema.Domains;
        var requested = 0;
        for (var slot = 0; slot < schema.Count; slot++)
        {
            requested += _candidacy.IsDomainRequested(slot) ? 1 : 0;
        }

        var summaries = new DomainSummary[requested];
        var index = 0;
        for (var slot = 0; slot < schema.Count; slot++)
        {
            if (_candidacy.IsDomainRequested(slot))
            {
                var domain = schema[slot];
                summaries[index++] = Evaluated(domain.Id, _domainCount)?.ToSummary() ?? new DomainSummary(domain.Id, DomainStatus.Inadmissible, 0m);
            }
        }

        var admissible = 0;
        foreach (var (_, issues) in _volets)
        {
            admissible += _candidacyIssues == 0 && issues == 0 ? 1 : 0;
        }

        var decision = new Decision(_rules!, _candidacy, _asOf, _epoch, Decision.Of(admissible, _volets.Count), summaries, _schedule, Timeliness);
        for (var evaluated = 0; evaluated < _domainCount; evaluated++)
        {
            _domains[evaluated].Release();
        }

        (_candidacy, _epoch, _rules, _schedule, Timeliness) = (null!, null!, null, null, null);
        (_candidacyIssues, _domainCount) = (0, 0);
        _volets.Clear();
        t_spare = this;
        return decision;
    }

    private DomainEvaluation? Evaluated(string domainId, int count)
    {
        for (var index = 0; index < count; index++)
        {
            if (_domains[index].DomainId == domainId)
            {
                return _domains[index];
            }
        }

        return null;
    }

    /// <summary>An issue of the whole candidacy (<paramref name="volet"/> null) or of a started volet: recorded in full, counted always.</summary>
    private void AddIssue(AdmissibilityIssueKind kind, VoletInfo? volet, string subjectId, string? subjectLabel, Provenance? rule)
    {
        if (volet is null)
        {
            _candidacyIssues++;
        }
        else
        {
            var index = _volets.Count - 1;
            while (index >= 0 && !ReferenceEquals(_volets[index].Volet, volet))
            {
                index--;
            }

            if (index < 0)
            {
                throw new InvalidOperationException($"Volet {volet.Id} was not started.");
            }

            _volets[index] = (volet, _volets[index].Issues + 1);
        }

        if (IsFull)
        {
            _issues.Add(new AdmissibilityIssue(kind, volet?.Id, subjectId, subjectLabel, rule));
        }
    }

    /// <summary>The fact is named as candidacy files spell it (CSV column, JSON key), in French and in English.</summary>
    private EvaluationException MissingFact(string whatFr, string whatEn, Provenance rule, string columnFr, string columnEn) =>
        EvaluationException.Create(EvaluationErrorKind.MissingFact, _candidacy.Establishment, columnFr,
            $"Il manque {whatFr} (colonne « {columnFr} ») : la règle « {rule.Excerpt} » ({rule.Cite(false)}) la lit",
            $"Missing {whatEn} (column '{columnEn}'): the rule '{rule.Excerpt}' ({rule.Cite(true)}) reads it");

    private EvaluationException UnknownDate(CalendarRule rule, string whatFr, string whatEn) =>
        EvaluationException.Create(EvaluationErrorKind.IncompleteRules, _candidacy.Establishment, _candidacy.Window.Id,
            $"Les règles en vigueur au {Formats.Date(_asOf)} ne donnent pas {whatFr}, que la règle « {rule.Rule.Excerpt} » ({rule.Rule.Cite(false)}) compare",
            $"The rules in force on {Formats.Date(_asOf)} do not give {whatEn}, which the rule '{rule.Rule.Excerpt}' ({rule.Rule.Cite(true)}) compares with");

    private EvaluationException NotInForce(EvaluationErrorKind kind, string id, string whatFr, string whatEn) =>
        EvaluationException.Create(kind, _candidacy.Establishment, id,
            $"{char.ToUpperInvariant(whatFr[0])}{whatFr[1..]} « {id} » n'existe pas dans les règles en vigueur au {Formats.Date(_asOf)} (depuis le {Formats.Date(_epoch.StartsOn)})",
            $"The {whatEn} '{id}' does not exist in the rules in force on {Formats.Date(_asOf)} (since {Formats.Date(_epoch.StartsOn)})");
}
