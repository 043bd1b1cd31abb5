namespace SunEs.Semantics;

/// <summary>
/// An outcome of an earlier window that a rule in force reads, with <see cref="Scope"/>, the windows
/// whose candidacies the rule judges: its volet's windows for a domain's or an indicator's rule,
/// every window of the programme for a « recevable si » condition (judged before the window is
/// checked against the volet).
/// </summary>
public sealed record OutcomeRead(BoundOutcome Outcome, Sourced<BoundExpression> Rule, IReadOnlyList<EntitySymbol> Scope)
{
    /// <summary>
    /// The windows whose outcome the read may take on the date of <paramref name="rules"/>: the window
    /// named, else each window of the subject's volet that precedes a window the rule judges.
    /// </summary>
    public IEnumerable<EntitySymbol> WindowsRead(RulesInForce rules, WindowOrder order)
    {
        if (Outcome.Window is { } window)
        {
            return [window];
        }

        var windows = Outcome.Volet is { } volet ? rules.FindVolet(volet)?.WindowList ?? [] : [];
        return windows.Where(earlier => Scope.Any(judged => order.Precedes(earlier, judged)));
    }

    /// <summary>Every outcome read by the rules of <paramref name="programme"/> in force, in the order the decision takes the rules.</summary>
    public static IReadOnlyList<OutcomeRead> In(RulesInForce rules, ProgrammeInForce programme)
    {
        var everyWindow = rules.Windows.Where(window => window.Symbol.Programme == programme.Symbol).Select(window => window.Symbol).ToList();
        var reads = new List<OutcomeRead>();
        void Add(Sourced<BoundExpression>? rule, IReadOnlyList<EntitySymbol> scope)
        {
            if (rule is not null)
            {
                reads.AddRange(rule.Value.DescendantsAndSelf().OfType<BoundOutcome>().Select(outcome => new OutcomeRead(outcome, rule, scope)));
            }
        }

        foreach (var condition in programme.AdmissibilityConditions)
        {
            Add(condition, everyWindow);
        }

        foreach (var volet in programme.Volets)
        {
            foreach (var condition in volet.AdmissibilityConditions)
            {
                Add(condition, everyWindow);
            }

            foreach (var domain in volet.Domains)
            {
                Add(domain.Eligibility, volet.WindowList);
                Add(domain.Forfait, volet.WindowList);
                foreach (var indicator in domain.Indicators)
                {
                    Add(indicator.Applicability, volet.WindowList);
                    Add(indicator.Bonus, volet.WindowList);
                }
            }
        }

        return reads;
    }
}
