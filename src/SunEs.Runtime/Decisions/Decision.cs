namespace SunEs.Runtime;

/// <summary>
/// The outcome of a candidacy under the rules in force on a date: for each requested volet,
/// admissible or not and why; the schedule it followed (its window, or a postponement); each
/// requested domain with its indicators and amount; the total; and a short explanation.
/// A decision judged with <see cref="DecisionDetail.Lean"/> holds its admissibility, domain
/// summaries and total; its other parts come from judging the candidacy again in full on first read.
/// </summary>
public sealed class Decision
{
    private readonly Candidacy _candidacy;
    private readonly IReadOnlyList<VoletDecision>? _volets;
    private readonly IReadOnlyList<AdmissibilityIssue>? _admissibilityIssues;
    private readonly IReadOnlyList<DomainDecision>? _domains;
    private readonly IReadOnlyList<EarlierOutcome>? _earlierOutcomes;
    private readonly IProgrammeRules? _rules;
    private IReadOnlyList<DomainSummary>? _summaries;
    private Decision? _details;
    private DecisionFacts? _facts;
    private BilingualText? _explanation;
    private BilingualText? _briefExplanation;

    /// <summary>A full decision: every part recorded.</summary>
    internal Decision(Candidacy candidacy, DateOnly asOf, EpochInfo epoch, IReadOnlyList<VoletDecision> volets,
        IReadOnlyList<AdmissibilityIssue> admissibilityIssues, IReadOnlyList<DomainDecision> domains, Schedule? schedule, TimelinessIssue? timeliness,
        IReadOnlyList<EarlierOutcome> earlierOutcomes)
        : this(candidacy, asOf, epoch, AdmissibilityOf(volets), SumOfFunded(domains), schedule, timeliness)
    {
        _volets = volets;
        _admissibilityIssues = admissibilityIssues;
        _domains = domains;
        _earlierOutcomes = earlierOutcomes;
    }

    /// <summary>A lean decision: its summaries, and the rules that give the rest on demand.</summary>
    internal Decision(IProgrammeRules rules, Candidacy candidacy, DateOnly asOf, EpochInfo epoch, Admissibility admissibility,
        DomainSummary[] summaries, Schedule? schedule, TimelinessIssue? timeliness)
        : this(candidacy, asOf, epoch, admissibility, SumOfFunded(summaries), schedule, timeliness)
    {
        _rules = rules;
        _summaries = summaries;
    }

    private Decision(Candidacy candidacy, DateOnly asOf, EpochInfo epoch, Admissibility admissibility, decimal total, Schedule? schedule, TimelinessIssue? timeliness)
    {
        _candidacy = candidacy;
        AsOf = asOf;
        Epoch = epoch;
        Admissibility = admissibility;
        Total = total;
        Schedule = schedule;
        Timeliness = timeliness;
    }

    public string Establishment => _candidacy.Establishment;

    public string WindowId => _candidacy.Window.Id;

    public DateOnly AsOf { get; }

    /// <summary>The rules in force used: from which date, which instructions.</summary>
    public EpochInfo Epoch { get; }

    public Admissibility Admissibility { get; }

    /// <summary>True when every requested volet is admissible.</summary>
    public bool IsAdmissible => Admissibility == Admissibility.Admissible;

    /// <summary>True when only statuses and amounts were recorded (<see cref="DecisionDetail.Lean"/>).</summary>
    public bool IsLean => _rules is not null;

    /// <summary>The requested volets, each judged on its own.</summary>
    public IReadOnlyList<VoletDecision> Volets => _volets ?? Details.Volets;

    /// <summary>Every reason of inadmissibility: candidacy-wide ones (no volet), then each volet's.</summary>
    public IReadOnlyList<AdmissibilityIssue> AdmissibilityIssues => _admissibilityIssues ?? Details.AdmissibilityIssues;

    /// <summary>The requested domains, in the order the texts declare them.</summary>
    public IReadOnlyList<DomainDecision> Domains => _domains ?? Details.Domains;

    /// <summary>Each requested domain's status and amount, in the order of <see cref="Domains"/>: all a lean decision records.</summary>
    public IReadOnlyList<DomainSummary> Summaries => _summaries ??= _domains!.Select(domain => new DomainSummary(domain.DomainId, domain.Status, domain.FundedAmount)).ToArray();

    /// <summary>The sum of the funded domains' rounded amounts.</summary>
    public decimal Total { get; }

    public bool PostponementRequested => _candidacy.PostponementRequested;

    /// <summary>The calendar followed, once a volet is admissible: the window's own or its postponement's.</summary>
    public Schedule? Schedule { get; }

    /// <summary>Why the domains were not funded whatever their measures (results late, measures outside the period), when so.</summary>
    public TimelinessIssue? Timeliness { get; }

    /// <summary>The dates and territory the candidacy gave.</summary>
    public DecisionFacts Facts => _facts ??= new DecisionFacts(_candidacy.FiledOn, _candidacy.ResultsOn, _candidacy.MeasuredFrom, _candidacy.MeasuredTo, _candidacy.Territory?.Name);

    /// <summary>The outcomes of earlier windows the rules read, with the value the candidacy gave, in the order they were read.</summary>
    public IReadOnlyList<EarlierOutcome> EarlierOutcomes => _earlierOutcomes ?? Details.EarlierOutcomes;

    /// <summary>The window whose milestone the targets are measured at: the candidacy's, or the one it postpones to.</summary>
    public WindowInfo? MilestoneWindow => Schedule?.MeasuredBy ?? Epoch.FindWindow(WindowId);

    public DateOnly? Milestone => MilestoneWindow?.Milestone;

    /// <summary>
    /// Written on first read, not with the decision: engines judging thousands of candidacies
    /// mostly read statuses and amounts, and the text costs more than the judgement. The text is
    /// a function of the decision, so a race between two first readers writes the same one.
    /// </summary>
    public BilingualText Explanation => _explanation ??= IsLean ? Details.Explanation : ExplanationWriter.Explain(this);

    /// <summary>The explanation without the rules in force and the text lines behind each figure: what decided, for batches read by people.</summary>
    public BilingualText BriefExplanation => _briefExplanation ??= IsLean ? Details.BriefExplanation : ExplanationWriter.Brief(this);

    /// <summary>One reason of inadmissibility in words, with the dates and the rule that decided.</summary>
    public string Describe(AdmissibilityIssue issue, bool english) => ExplanationWriter.Issue(issue, this, english);

    public VoletDecision? FindVolet(string id) => Volets.FirstOrDefault(volet => volet.VoletId == id);

    public DomainDecision? FindDomain(string id) => Domains.FirstOrDefault(domain => domain.DomainId == id);

    public IndicatorOutcome? FindIndicator(string id) =>
        Domains.SelectMany(domain => domain.Indicators).FirstOrDefault(indicator => indicator.IndicatorId == id);

    /// <summary>Every threshold the decision compared a measure with.</summary>
    public IEnumerable<Threshold> ThresholdsUsed =>
        Domains.SelectMany(domain => domain.Indicators).Where(outcome => outcome.Threshold is not null && outcome.Measured is not null).Select(outcome => outcome.Threshold!);

    public override string ToString() => Explanation.French;

    /// <summary>The full decision a lean one stands for; a race between two first readers judges twice and keeps either.</summary>
    private Decision Details => _details ??= _rules!.Evaluate(_candidacy, AsOf, DecisionDetail.Full);

    private static Admissibility AdmissibilityOf(IReadOnlyList<VoletDecision> volets)
    {
        var admissible = 0;
        for (var index = 0; index < volets.Count; index++)
        {
            admissible += volets[index].IsAdmissible ? 1 : 0;
        }

        return Of(admissible, volets.Count);
    }

    /// <summary>Every requested volet admissible, some, or none.</summary>
    internal static Admissibility Of(int admissibleVolets, int requestedVolets) =>
        admissibleVolets == requestedVolets && requestedVolets > 0 ? Admissibility.Admissible
            : admissibleVolets > 0 ? Admissibility.PartlyAdmissible
            : Admissibility.Inadmissible;

    private static decimal SumOfFunded(IReadOnlyList<DomainDecision> domains)
    {
        var total = 0m;
        for (var index = 0; index < domains.Count; index++)
        {
            total += domains[index].FundedAmount;
        }

        return total;
    }

    private static decimal SumOfFunded(DomainSummary[] summaries)
    {
        var total = 0m;
        foreach (var summary in summaries)
        {
            total += summary.FundedAmount;
        }

        return total;
    }
}
