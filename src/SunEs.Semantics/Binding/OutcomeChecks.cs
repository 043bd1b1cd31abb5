using SunEs.Diagnostics;

namespace SunEs.Semantics.Binding;

/// <summary>
/// On one date, what the outcomes of earlier windows a programme's rules read need: windows whose
/// order is known, an outcome that can exist (the window is one of the subject's volet), and a
/// window named that precedes every window the rule judges — else a candidacy would be judged on
/// an outcome it cannot know yet.
/// </summary>
internal sealed class OutcomeChecks(SemanticDiagnostics diagnostics, RulesInForce rules, ProgrammeInForce programme, string date)
{
    public void Check()
    {
        var reads = OutcomeRead.In(rules, programme);
        if (reads.Count == 0)
        {
            return;
        }

        var order = WindowOrder.Of(rules.Windows.Where(window => window.Symbol.Programme == programme.Symbol));
        foreach (var read in reads)
        {
            Check(read, order);
        }
    }

    private void Check(OutcomeRead read, WindowOrder order)
    {
        var outcome = read.Outcome;
        var text = outcome.Instruction.Tree.Text[outcome.Syntax.Span];
        var volet = outcome.Volet is { } symbol ? rules.FindVolet(symbol) : null;
        var voletWindows = volet?.WindowList ?? [];
        IEnumerable<EntitySymbol> involved = outcome.Window is { } named ? [named, .. read.Scope] : [.. voletWindows, .. read.Scope];
        if (involved.FirstOrDefault(window => !order.HasPlace(window)) is { } unplaced)
        {
            diagnostics.Report(DiagnosticCatalog.OutcomeOrderUnknown, outcome.Location, date, text, unplaced.Id);
            return;
        }

        if (outcome.Window is { } window)
        {
            if (volet is not null && !voletWindows.Contains(window))
            {
                diagnostics.Report(DiagnosticCatalog.OutcomeWindowNotInVolet, outcome.Location, date, text, window.Id, volet.Symbol.Id, outcome.Subject.Id, Ids(voletWindows));
            }
            else if (read.Scope.FirstOrDefault(judged => !order.Precedes(window, judged)) is { } judgedTooEarly)
            {
                diagnostics.Report(DiagnosticCatalog.OutcomeWindowNotEarlier, outcome.Location, date, text, window.Id, Ids(read.Scope), judgedTooEarly.Id);
            }

            return;
        }

        if (volet is not null && !read.WindowsRead(rules, order).Any())
        {
            diagnostics.Report(DiagnosticCatalog.OutcomeNeverRead, outcome.Location, date, text, volet.Symbol.Id, Ids(read.Scope));
        }
    }

    private static string Ids(IEnumerable<EntitySymbol> windows) => string.Join(", ", windows.Select(window => window.Id));
}
