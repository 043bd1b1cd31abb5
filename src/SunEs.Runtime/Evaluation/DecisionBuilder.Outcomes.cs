namespace SunEs.Runtime;

/// <summary>
/// Reading the outcomes of earlier windows, for the rules that depend on them: each read is checked
/// (a missing outcome refuses the candidacy, naming its column and the rule) and, in a full
/// judgement, remembered, so the decision says which outcomes it read and what they were (a lean
/// decision gives them from its full judgement, on first read).
/// </summary>
public sealed partial class DecisionBuilder
{
    private readonly List<EarlierOutcome> _earlierOutcomes = [];

    /// <summary>"EX1.1 atteint en F2": the outcome of a window named, which must precede the candidacy's.</summary>
    public bool ReadOutcome(int outcomeSlot, Provenance rule)
    {
        var field = _candidacy.Schema.Outcomes[outcomeSlot];
        if (!_epoch.Precedes(field.WindowSlot, _candidacy.WindowSlot))
        {
            throw EvaluationException.Create(EvaluationErrorKind.IncompleteRules, _candidacy.Establishment, field.WindowId,
                $"La règle « {rule.Excerpt} » ({rule.Cite(false)}) lit le résultat de {field.WindowId}, qui ne précède pas la fenêtre {_candidacy.Window.Id} de la candidature",
                $"The rule '{rule.Excerpt}' ({rule.Cite(true)}) reads the outcome of {field.WindowId}, which does not precede the candidacy's window {_candidacy.Window.Id}");
        }

        return Read(field, rule);
    }

    /// <summary>
    /// "D1 déjà financé" (<paramref name="latestOnly"/> false: true when any window before the
    /// candidacy's has the outcome, every one of them read) or "D1 financé en fenêtre précédente"
    /// (the latest of those windows). <paramref name="series"/> gives, by window slot, the outcome's
    /// slot in that window or -1. No earlier window: false, the establishment has no such past.
    /// </summary>
    public bool ReadEarlierOutcomes(IReadOnlyList<int> series, bool latestOnly, Provenance rule)
    {
        ArgumentNullException.ThrowIfNull(series);
        var candidacyWindow = _candidacy.WindowSlot;
        var latestRank = -1;
        for (var window = 0; window < series.Count; window++)
        {
            if (series[window] >= 0 && _epoch.Precedes(window, candidacyWindow))
            {
                latestRank = Math.Max(latestRank, _epoch.WindowRanks[window]);
            }
        }

        var any = false;
        for (var window = 0; window < series.Count; window++)
        {
            if (series[window] >= 0 && _epoch.Precedes(window, candidacyWindow) && (!latestOnly || _epoch.WindowRanks[window] == latestRank))
            {
                any |= Read(_candidacy.Schema.Outcomes[series[window]], rule);
            }
        }

        return any;
    }

    private bool Read(OutcomeField field, Provenance rule)
    {
        var value = _candidacy.FindOutcome(field.Slot) ?? throw EvaluationException.Create(EvaluationErrorKind.MissingFact, _candidacy.Establishment, field.Column,
            $"Il manque le résultat « {field.Column} » (colonne « {field.Column} ») : la règle « {rule.Excerpt} » ({rule.Cite(false)}) le lit",
            $"Missing the outcome '{field.EnglishColumn}' (column '{field.Column}'): the rule '{rule.Excerpt}' ({rule.Cite(true)}) reads it");
        if (IsFull && !_earlierOutcomes.Exists(read => read.Field == field))
        {
            _earlierOutcomes.Add(new EarlierOutcome(field, value));
        }

        return value;
    }
}
