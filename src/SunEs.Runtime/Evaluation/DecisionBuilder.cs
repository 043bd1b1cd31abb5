namespace SunEs.Runtime;

/// <summary>
/// Collects what generated rules find while judging one candidacy and turns it into a
/// <see cref="Decision"/>. Generated code calls it in the order of the semantics:
/// admissibility, then each requested domain.
/// </summary>
public sealed class DecisionBuilder
{
    private readonly Candidacy _candidacy;
    private readonly DateOnly _asOf;
    private readonly EpochInfo _epoch;
    private readonly List<AdmissibilityIssue> _issues = [];
    private readonly List<DomainEvaluation> _domains = [];

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

    public bool IsAdmissible => _issues.Count == 0;

    public Candidacy Candidacy => _candidacy;

    public void WindowNotInVolet(VoletInfo volet) =>
        _issues.Add(new AdmissibilityIssue(AdmissibilityIssueKind.WindowNotInVolet, volet.Id, _candidacy.Window.Id, _candidacy.Window.Label, volet.WindowsRule));

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
                if (!_issues.Any(issue => issue.Kind == AdmissibilityIssueKind.PrerequisiteNotMet && issue.SubjectId == prerequisite.Id))
                {
                    _issues.Add(new AdmissibilityIssue(AdmissibilityIssueKind.PrerequisiteNotMet, volet.Id, prerequisite.Id, prerequisite.Label, prerequisite.Declaration));
                }

                return;
            default:
                throw EvaluationException.Create(EvaluationErrorKind.MissingPrerequisiteStatus, _candidacy.Establishment, prerequisite.Id,
                    $"Le prérequis « {prerequisite.Id} » du volet {volet.Id} n'est déclaré ni atteint ni non atteint",
                    $"Prerequisite '{prerequisite.Id}' of volet {volet.Id} is declared neither met nor not met");
        }
    }

    public DomainEvaluation StartDomain(DomainInfo domain)
    {
        var evaluation = new DomainEvaluation(_candidacy, domain);
        _domains.Add(evaluation);
        return evaluation;
    }

    /// <summary>The decision; when inadmissible, requested domains that were not examined are listed as such.</summary>
    public Decision Build()
    {
        var domains = new List<DomainDecision>(_domains.Count);
        if (IsAdmissible)
        {
            foreach (var domain in _domains)
            {
                domains.Add(domain.ToDecision());
            }
        }
        else
        {
            domains.AddRange(_candidacy.RequestedDomains.Select(domain => new DomainDecision(domain.Id, domain.Label, domain.VoletId, DomainStatus.NotExamined, null, [], null)));
        }

        var window = _epoch.FindWindow(_candidacy.Window.Id);
        var milestone = _candidacy.PostponementRequested && window?.PostponementWindowId is { } later ? _epoch.FindWindow(later) ?? window : window;
        IReadOnlyList<AdmissibilityIssue> issues = _issues.Count == 0 ? [] : _issues.ToList();
        return new Decision(_candidacy.Establishment, _candidacy.Window.Id, _asOf, _epoch, issues, domains, _candidacy.PostponementRequested, milestone);
    }

    private EvaluationException NotInForce(EvaluationErrorKind kind, string id, string whatFr, string whatEn) =>
        EvaluationException.Create(kind, _candidacy.Establishment, id,
            $"{char.ToUpperInvariant(whatFr[0])}{whatFr[1..]} « {id} » n'existe pas dans les règles en vigueur au {Formats.Date(_asOf)} (depuis le {Formats.Date(_epoch.StartsOn)})",
            $"The {whatEn} '{id}' does not exist in the rules in force on {Formats.Date(_asOf)} (since {Formats.Date(_epoch.StartsOn)})");
}
