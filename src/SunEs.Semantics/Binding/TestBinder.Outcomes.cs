using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>The outcomes of earlier windows a test's candidacy gives: « résultats antérieurs D1 financé en F1, … ».</summary>
internal sealed partial class TestBinder
{
    private bool BindEarlierOutcomes(TestSyntax syntax, InstructionSymbol instruction, BoundTest test)
    {
        var complete = true;
        var outcomes = new List<TestOutcome>();
        var given = new HashSet<(OutcomeKind, EntitySymbol, EntitySymbol)>();
        foreach (var outcome in syntax.Items.OfType<EarlierOutcomesSyntax>().SelectMany(list => list.Outcomes))
        {
            var subject = ExpressionBinder.OutcomeSubject(names, diagnostics, instruction, outcome.Subject, outcome.Kind, outcome.KeywordSpan, test.Programme);
            var window = names.Resolve(outcome.Window, EntityKind.Window, instruction, test.Programme);
            if (subject is null || window is null)
            {
                complete = false;
                continue;
            }

            var location = instruction.Tree.GetLocation(outcome);
            if (!given.Add((outcome.Kind, subject, window)))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateAssignment, location, instruction.Tree.Text[outcome.Span]);
                complete = false;
                continue;
            }

            outcomes.Add(new TestOutcome(outcome.Kind, subject, window, outcome.Value, location));
        }

        test.EarlierOutcomes = outcomes;
        return complete && EarlierThanTheCandidacy(instruction, test);
    }

    /// <summary>Each outcome given is of a window before the test's own, on the test's date, when the order of both is known.</summary>
    private bool EarlierThanTheCandidacy(InstructionSymbol instruction, BoundTest test)
    {
        if (test is not { AsOf: { } date, Window: { } candidacyWindow } || test.EarlierOutcomes.Count == 0)
        {
            return true;
        }

        var order = WindowOrder.Of(consolidator.Consolidate(date).Windows.Where(window => window.Symbol.Programme == test.Programme));
        var complete = true;
        foreach (var outcome in test.EarlierOutcomes.Where(outcome => order.HasPlace(outcome.Window) && order.HasPlace(candidacyWindow) && !order.Precedes(outcome.Window, candidacyWindow)))
        {
            diagnostics.Report(DiagnosticCatalog.EarlierOutcomeNotEarlier, outcome.Location, InstructionBinder.Format(date),
                instruction.Tree.Text[outcome.Location.Span], outcome.Window.Id, candidacyWindow.Id);
            complete = false;
        }

        return complete;
    }
}
