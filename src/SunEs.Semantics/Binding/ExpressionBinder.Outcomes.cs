using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>Outcomes of earlier windows: "EX1.1 atteint en F2", "D1 financé en fenêtre précédente", "D1 déjà financé".</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression BindOutcome(OutcomeExpressionSyntax outcome)
    {
        var subject = OutcomeSubject(names, diagnostics, instruction, outcome.Subject, outcome.Kind, outcome.KeywordSpan, instruction.Programme);
        if (outcome.Reach == OutcomeReach.Unstated)
        {
            ReportUnstatedWindow(outcome);
            return new BoundErrorExpression(outcome);
        }

        var window = outcome.Window is { } name ? names.Resolve(name, EntityKind.Window, instruction) : null;
        return subject is null || (outcome.Reach == OutcomeReach.NamedWindow && window is null)
            ? new BoundErrorExpression(outcome)
            : new BoundOutcome(outcome, instruction, outcome.Kind, subject, outcome.Reach, window);
    }

    /// <summary>
    /// The indicator (« atteint ») or domain (« financé ») an outcome is about. A domain said « atteint »,
    /// or an indicator « financé », is reported with the word that fits (SUN0315).
    /// </summary>
    internal static EntitySymbol? OutcomeSubject(NameResolver names, SemanticDiagnostics diagnostics, InstructionSymbol instruction, IdentifierSyntax subject,
        OutcomeKind kind, Text.TextSpan keyword, EntitySymbol? programme)
    {
        var expected = kind == OutcomeKind.TargetMet ? EntityKind.Indicator : EntityKind.Domain;
        var other = kind == OutcomeKind.TargetMet ? EntityKind.Domain : EntityKind.Indicator;
        if (subject.IsMissing)
        {
            return null;
        }

        if (names.Symbols.Find(programme, subject.Text) is { } found && found.Kind == other)
        {
            names.Record(found, instruction, subject, ReferenceKind.Use);
            var fitting = other == EntityKind.Domain ? "financé" : "atteint";
            var fix = new DiagnosticFix(new LocalizedText($"Écrire « {fitting} »", $"Write '{fitting}'"), keyword, fitting);
            diagnostics.ReportWithFixes(DiagnosticCatalog.OutcomeOfWrongKind, instruction.Tree.GetLocation(subject.Span), [fix], subject.Text, other.DescribeWithArticle(), fitting);
            return null;
        }

        return names.Resolve(subject, expected, instruction, programme);
    }

    private void ReportUnstatedWindow(OutcomeExpressionSyntax outcome)
    {
        var keyword = instruction.Tree.Text[outcome.KeywordSpan];
        var fixes = new[]
        {
            new DiagnosticFix(new LocalizedText("Ajouter « en fenêtre précédente »", "Add 'en fenêtre précédente'"), new Text.TextSpan(outcome.Span.End, 0), " en fenêtre précédente"),
            new DiagnosticFix(new LocalizedText($"Écrire « déjà {keyword} »", $"Write 'déjà {keyword}'"), outcome.KeywordSpan, $"déjà {keyword}"),
        };
        diagnostics.ReportWithFixes(DiagnosticCatalog.OutcomeWithoutWindow, instruction.Tree.GetLocation(outcome), fixes, outcome.Subject.Text, keyword);
    }
}
