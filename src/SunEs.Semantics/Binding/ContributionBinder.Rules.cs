using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>The rules over a candidacy's calendar and territory, postponements, and what values rest on.</summary>
internal sealed partial class ContributionBinder
{
    /// <summary>
    /// What a whole declaration rests on: an assumption written first in its block (or after a
    /// datum's label), else its enclosing declaration's — a volet marked "supposé" marks its domains.
    /// </summary>
    private static Assumption? DeclarationAssumption(DeclarationSite site)
    {
        var own = site.Syntax switch
        {
            DataDeclarationSyntax data => data.Assumption,
            _ => site.Syntax.Items.Count > 0 ? site.Syntax.Items[0] as AssumptionSyntax : null,
        };
        return own is not null ? Of(own, site.Instruction) : site.Parent is { } parent ? DeclarationAssumption(parent) : null;
    }

    internal static Assumption Of(AssumptionSyntax syntax, InstructionSymbol instruction) =>
        new(syntax.Kind, syntax.Reason.Text, instruction.Tree.GetLocation(syntax));

    private OverseasScope BindOverseasScope(OverseasScopeSyntax syntax, InstructionSymbol instruction)
    {
        var territories = new List<string>();
        foreach (var name in syntax.Territories)
        {
            if (BindTerritory(name, instruction) is not { } territory)
            {
                continue;
            }

            if (!territory.IsOverseas)
            {
                diagnostics.Report(DiagnosticCatalog.NotMetropolitan, instruction.Tree.GetLocation(name), name.Value);
            }
            else if (!territories.Contains(territory.Name))
            {
                territories.Add(territory.Name);
            }
        }

        return new OverseasScope(syntax.Kind, territories);
    }

    /// <summary>A territory of the known list, or null after SUN0705 with the closest names.</summary>
    internal KnownTerritory? BindTerritory(StringSyntax name, InstructionSymbol instruction)
    {
        if (KnownTerritories.Find(name.Value) is { } territory)
        {
            return territory;
        }

        var suggestions = KnownTerritories.Closest(name.Value);
        diagnostics.Report(DiagnosticCatalog.UnknownTerritory, instruction.Tree.GetLocation(name), name.Value, SpellingSuggester.Hint(suggestions),
            string.Join(", ", KnownTerritories.Names));
        return null;
    }

    /// <summary>A condition is identified by its text: an amending text restating it replaces it, a new one adds to the list.</summary>
    private static string ConditionKey(InstructionSymbol instruction, AdmissibilityConditionSyntax condition) =>
        string.Join(' ', instruction.Tree.Text[condition.Condition.Span].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private Postponement? BindPostponement(EntitySymbol window, PostponementSyntax syntax, InstructionSymbol instruction)
    {
        if (names.Resolve(syntax.Target, EntityKind.Window, instruction) is not { } target)
        {
            return null;
        }

        if (syntax.Terms is not { } terms)
        {
            var fix = new DiagnosticFix(new LocalizedText("Ajouter les conditions du report", "Add the terms of the postponement"),
                new Text.TextSpan(syntax.Target.Span.End, 0), $" avec les cibles de {window.Id} et la dégressivité de {window.Id}");
            diagnostics.ReportWithFixes(DiagnosticCatalog.PostponementWithoutTerms, instruction.Tree.GetLocation(syntax), [fix], window.Id, target.Id);
            return new Postponement(target, null, null);
        }

        return new Postponement(target, TermsWindow(terms.TargetsOf, window, target, instruction), TermsWindow(terms.DegressivityOf, window, target, instruction));
    }

    private EntitySymbol? TermsWindow(IdentifierSyntax name, EntitySymbol origin, EntitySymbol target, InstructionSymbol instruction)
    {
        if (names.Resolve(name, EntityKind.Window, instruction) is not { } window)
        {
            return null;
        }

        if (window != origin && window != target)
        {
            diagnostics.Report(DiagnosticCatalog.PostponementTermsWindow, instruction.Tree.GetLocation(name.Span), window.Id, origin.Id, target.Id);
            return null;
        }

        return window;
    }
}
