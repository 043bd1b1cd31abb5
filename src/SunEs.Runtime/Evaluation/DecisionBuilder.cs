namespace SunEs.Runtime;

/// <summary>
/// Collects what generated rules (or the interpreter) find while judging one candidacy and turns
/// it into a <see cref="Decision"/>. Callers follow the steps of the decision plan: the
/// candidacy-wide conditions (territory, filing date, the programme's conditions), each requested
/// volet's admissibility, the schedule (own window or postponement), the calendar rules on the
/// results, then each requested domain of an admissible volet.
/// </summary>
public sealed class DecisionBuilder
{
    private readonly Candidacy _candidacy;
    private readonly DateOnly _asOf;
    private readonly EpochInfo _epoch;
    private readonly List<AdmissibilityIssue> _candidacyIssues = [];
    private readonly List<(VoletInfo Volet, List<AdmissibilityIssue> Issues)> _volets = [];
    private readonly List<DomainEvaluation> _domains = [];
    private Schedule? _schedule;

    /// <summary>Fails when the window or a requested domain does not exist in the rules of the epoch.</summary>
    public DecisionBuilder(Candidacy candidacy, DateOnly asOf, EpochInfo epoch)
    {
        _candidacy = candidacy;
        _asOf = asOf;
        _epoch = epoch;
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

    public Candidacy Candidacy => _candidacy;

    /// <summary>Set once <see cref="UseSchedule"/> has chosen it: why a domain is not funded whatever its measures.</summary>
    public TimelinessIssue? Timeliness { get; private set; }

    /// <summary>The window whose targets judge the candidacy (its own, or the one its postponement's terms name).</summary>
    public int TargetsWindowSlot => ChosenSchedule.TargetsWindowSlot;

    /// <summary>The window whose degressivity the forfaits follow.</summary>
    public int DegressivityWindowSlot => ChosenSchedule.DegressivityWindowSlot;

    public bool AnyVoletAdmissible => _candidacyIssues.Count == 0 && _volets.Any(volet => volet.Issues.Count == 0);

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
            _candidacyIssues.Add(new AdmissibilityIssue(AdmissibilityIssueKind.OutsideTerritory, null, territory.Name, null, scope.Rule));
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
            _candidacyIssues.Add(new AdmissibilityIssue(AdmissibilityIssueKind.FiledOutsideCandidacyPeriod, null, window.Id, window.Label, window.CandidacyProvenance ?? rule.Rule));
        }
    }

    /// <summary>A "recevable si" condition of the programme: false makes every volet inadmissible.</summary>
    public void RequireCondition(bool met, Provenance rule)
    {
        if (!met)
        {
            _candidacyIssues.Add(new AdmissibilityIssue(AdmissibilityIssueKind.ConditionNotMet, null, rule.Excerpt, null, rule));
        }
    }

    // ------------------------------------------------------------------ each requested volet

    /// <summary>Starts the admissibility of a requested volet: the checks that follow are the volet's.</summary>
    public void StartVolet(VoletInfo volet) => _volets.Add((volet, []));

    public void WindowNotInVolet(VoletInfo volet) =>
        IssuesOf(volet).Add(new AdmissibilityIssue(AdmissibilityIssueKind.WindowNotInVolet, volet.Id, _candidacy.Window.Id, _candidacy.Window.Label, volet.WindowsRule));

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
                IssuesOf(volet).Add(new AdmissibilityIssue(AdmissibilityIssueKind.PrerequisiteNotMet, volet.Id, prerequisite.Id, prerequisite.Label, prerequisite.Declaration));
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
            IssuesOf(volet).Add(new AdmissibilityIssue(AdmissibilityIssueKind.ConditionNotMet, volet.Id, rule.Excerpt, null, rule));
        }
    }

    /// <summary>True when the candidacy-wide conditions and the volet's own hold; a volet not requested is not admissible.</summary>
    public bool IsVoletAdmissible(VoletInfo volet) =>
        _candidacyIssues.Count == 0 && _volets.Any(entry => ReferenceEquals(entry.Volet, volet) && entry.Issues.Count == 0);

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
        var evaluation = new DomainEvaluation(_candidacy, domain, Timeliness);
        _domains.Add(evaluation);
        return evaluation;
    }

    /// <summary>The decision; requested domains of inadmissible volets are listed as such.</summary>
    public Decision Build()
    {
        var evaluated = _domains.ToDictionary(domain => domain.DomainId, StringComparer.Ordinal);
        var domains = new List<DomainDecision>();
        foreach (var requested in _candidacy.RequestedDomains)
        {
            domains.Add(evaluated.TryGetValue(requested.Id, out var evaluation)
                ? evaluation.ToDecision()
                : new DomainDecision(requested.Id, requested.Label, requested.VoletId, DomainStatus.Inadmissible, null, [], null));
        }

        var volets = _volets.Select(entry => new VoletDecision(entry.Volet.Id, entry.Volet.Label, _candidacyIssues.Count == 0 && entry.Issues.Count == 0,
            [.. _candidacyIssues, .. entry.Issues])).ToList();
        IReadOnlyList<AdmissibilityIssue> issues = [.. _candidacyIssues, .. _volets.SelectMany(entry => entry.Issues)];
        var facts = new DecisionFacts(_candidacy.FiledOn, _candidacy.ResultsOn, _candidacy.MeasuredFrom, _candidacy.MeasuredTo, _candidacy.Territory?.Name);
        return new Decision(_candidacy.Establishment, _candidacy.Window.Id, _asOf, _epoch, volets, issues, domains, _candidacy.PostponementRequested,
            _schedule, Timeliness, facts);
    }

    private List<AdmissibilityIssue> IssuesOf(VoletInfo volet) =>
        _volets.LastOrDefault(entry => ReferenceEquals(entry.Volet, volet)).Issues ?? throw new InvalidOperationException($"Volet {volet.Id} was not started.");

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
