using SunEs.Syntax;

namespace SunEs.Semantics;

/// <summary>An outcome a candidacy may give: an indicator's target met, or a domain funded, in one window.</summary>
public sealed record OutcomeFact(OutcomeKind Kind, EntitySymbol Subject, EntitySymbol Window);

/// <summary>
/// The slot of every outcome of an earlier window the rules of a programme may read, on any date:
/// "EX1.1 atteint en F2" reads that outcome; "… en fenêtre précédente" and "déjà …" read the outcome
/// of each window of the subject's volet that precedes a window the rule judges. Slots are in the
/// order of kind, subject and window slots, so the interpreter and the compiled assembly agree.
/// </summary>
public sealed class OutcomeSlots
{
    private readonly Dictionary<OutcomeFact, int> _slots = [];
    private readonly ProgrammeSlots _programme;

    public OutcomeSlots(IEnumerable<DecisionPlan> plans, ProgrammeSlots programme)
    {
        _programme = programme;
        var facts = new HashSet<OutcomeFact>();
        foreach (var plan in plans)
        {
            foreach (var read in plan.OutcomeReads)
            {
                facts.UnionWith(FactsRead(plan, read));
            }
        }

        Facts = facts.OrderBy(fact => fact.Kind).ThenBy(fact => programme[fact.Subject]).ThenBy(fact => programme[fact.Window]).ToList();
        for (var slot = 0; slot < Facts.Count; slot++)
        {
            _slots[Facts[slot]] = slot;
        }
    }

    public IReadOnlyList<OutcomeFact> Facts { get; }

    public bool IsEmpty => Facts.Count == 0;

    public int this[OutcomeFact fact] => _slots[fact];

    /// <summary>For each window slot of the programme, the slot of the outcome's subject in that window, or -1 when the rules never read it.</summary>
    public IReadOnlyList<int> Series(BoundOutcome outcome) =>
        _programme.Windows.Select(window => _slots.GetValueOrDefault(new OutcomeFact(outcome.Kind, outcome.Subject, window), -1)).ToList();

    /// <summary>For each window slot, its place in the plan's order (-1 when it has none): what the runtime compares.</summary>
    public IReadOnlyList<int> Ranks(DecisionPlan plan) => _programme.Windows.Select(plan.WindowOrder.RankOf).ToList();

    private static IEnumerable<OutcomeFact> FactsRead(DecisionPlan plan, OutcomeRead read) =>
        read.WindowsRead(plan.Rules, plan.WindowOrder).Select(window => new OutcomeFact(read.Outcome.Kind, read.Outcome.Subject, window));
}
