namespace SunEs.Runtime;

/// <summary>The outcomes of earlier windows a candidacy gives: facts of the establishment's history that the engine knows.</summary>
public sealed partial class CandidacyBuilder
{
    /// <summary>The outcome a column names ("D1 financé en F1", "EX1.1 atteint en F2"): yes or no.</summary>
    public CandidacyBuilder EarlierOutcome(string column, bool value)
    {
        ArgumentNullException.ThrowIfNull(column);
        return EarlierOutcome(_schema.FindOutcome(column) ?? throw UnknownOutcome(column), value);
    }

    /// <summary>Whether the indicator met its target in that earlier window.</summary>
    public CandidacyBuilder TargetMetIn(string indicatorId, string windowId, bool met) =>
        EarlierOutcome(_schema.FindOutcome(OutcomeKind.TargetMet, indicatorId, windowId) ?? throw UnknownOutcome($"{indicatorId} atteint en {windowId}"), met);

    /// <summary>Whether the domain was funded in that earlier window.</summary>
    public CandidacyBuilder FundedIn(string domainId, string windowId, bool funded) =>
        EarlierOutcome(_schema.FindOutcome(OutcomeKind.Funded, domainId, windowId) ?? throw UnknownOutcome($"{domainId} financé en {windowId}"), funded);

    public CandidacyBuilder EarlierOutcome(OutcomeField outcome, bool value)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Slot >= _outcomes.Length || _schema.Outcomes[outcome.Slot] != outcome)
        {
            throw new ArgumentException("The outcome does not belong to this schema.", nameof(outcome));
        }

        _outcomes[outcome.Slot] = value;
        return this;
    }

    private EvaluationException UnknownOutcome(string column)
    {
        var shown = UntrustedText.Printable(column);
        var read = _schema.Outcomes.Count == 0 ? "aucun" : string.Join(", ", _schema.Outcomes.Select(field => $"« {field.Column} »"));
        var readEn = _schema.Outcomes.Count == 0 ? "none" : string.Join(", ", _schema.Outcomes.Select(field => $"'{field.Column}'"));
        return EvaluationException.Create(EvaluationErrorKind.UnknownOutcome, _establishment, shown,
            $"« {shown} » n'est pas un résultat antérieur que ces règles lisent (elles lisent : {read})",
            $"'{shown}' is not an earlier outcome these rules read (they read: {readEn})");
    }
}
