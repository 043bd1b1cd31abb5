using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>The dates and territory of a test's candidacy.</summary>
internal sealed partial class TestBinder
{
    private bool BindCalendar(TestSyntax syntax, InstructionSymbol instruction, BoundTest test)
    {
        ReportDuplicateItems<FiledOnSyntax>(syntax, instruction);
        ReportDuplicateItems<ResultsOnSyntax>(syntax, instruction);
        ReportDuplicateItems<MeasuredPeriodSyntax>(syntax, instruction);
        ReportDuplicateItems<TerritorySyntax>(syntax, instruction);
        var complete = true;
        if (syntax.Items.OfType<FiledOnSyntax>().FirstOrDefault() is { } filed)
        {
            test.FiledOn = filed.Date.Value;
            complete &= filed.Date.Value is not null;
        }

        if (syntax.Items.OfType<ResultsOnSyntax>().FirstOrDefault() is { } results)
        {
            test.ResultsOn = results.Date.Value;
            complete &= results.Date.Value is not null;
        }

        if (syntax.Items.OfType<MeasuredPeriodSyntax>().FirstOrDefault() is { Period: var period } measured)
        {
            if (period.Start.Value is { } start && period.End.Value is { } end)
            {
                if (end < start)
                {
                    diagnostics.Report(DiagnosticCatalog.PeriodEndsBeforeStart, instruction.Tree.GetLocation(measured), InstructionBinder.Format(end), InstructionBinder.Format(start));
                    complete = false;
                }

                test.MeasuredPeriod = new DatePeriod(new DateValue(start), new DateValue(end));
            }
            else
            {
                complete = false;
            }
        }

        if (syntax.Items.OfType<TerritorySyntax>().FirstOrDefault() is { } territory)
        {
            if (KnownTerritories.Find(territory.Territory.Value) is { } known)
            {
                test.Territory = known.Name;
            }
            else
            {
                var suggestions = KnownTerritories.Closest(territory.Territory.Value);
                diagnostics.Report(DiagnosticCatalog.UnknownTerritory, instruction.Tree.GetLocation(territory.Territory), territory.Territory.Value,
                    SpellingSuggester.Hint(suggestions), string.Join(", ", KnownTerritories.Names));
                complete = false;
            }
        }

        return complete;
    }
}
