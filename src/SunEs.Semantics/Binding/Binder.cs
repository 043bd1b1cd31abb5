using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>The semantic pipeline over a set of texts: instructions, declarations, items, grids, consolidated checks, tests.</summary>
internal sealed class Binder(IReadOnlyList<SyntaxTree> trees, CancellationToken cancellationToken)
{
    private readonly SemanticDiagnostics _diagnostics = new();
    private readonly SpellingSuggester _speller = new();

    public BindingResult Bind()
    {
        cancellationToken.ThrowIfCancellationRequested();
        var instructions = new InstructionBinder(_diagnostics, _speller).Bind(trees);
        var ordered = instructions.Values.OrderBy(i => i.Order).ToList();

        var declarations = new DeclarationBinder(_diagnostics);
        foreach (var instruction in ordered)
        {
            declarations.Collect(instruction);
            AssumptionReporter.Report(instruction, _diagnostics);
        }

        var names = new NameResolver(declarations.Symbols, _diagnostics, _speller);
        declarations.Resolve(names, ordered);

        var contributions = new ContributionBinder(names, _diagnostics);
        foreach (var site in declarations.Sites)
        {
            cancellationToken.ThrowIfCancellationRequested();
            contributions.Bind(site);
        }

        foreach (var instruction in ordered)
        {
            foreach (var grid in instruction.Tree.Root.Declarations.OfType<TargetGridSyntax>())
            {
                contributions.BindGrid(grid, instruction);
            }
        }

        AmendedValues.Check(contributions.Properties, _diagnostics);
        ReportUnusedAmendments(ordered, declarations);

        var entities = declarations.Symbols.All.ToList();
        var consolidator = new Consolidator(ordered, entities, contributions.Properties);
        var checks = new ConsolidatedChecks(_diagnostics);
        foreach (var date in ordered.Select(i => i.AppliesFrom).OfType<DateOnly>().Distinct())
        {
            cancellationToken.ThrowIfCancellationRequested();
            checks.Check(consolidator.Consolidate(date));
        }

        checks.ReportUnusedWaivers(contributions.Properties);

        cancellationToken.ThrowIfCancellationRequested();
        var tests = new TestBinder(names, _diagnostics, consolidator).Bind(ordered);
        return new BindingResult(ordered, entities, names.References, tests, _diagnostics.All, consolidator);
    }

    /// <summary>
    /// An amended text none of whose entities (or grids) the amending text writes about: SUN0213 on its number in
    /// "modifie". A declaration or grid that should have been marked "modifié" counts: it is reported as such.
    /// </summary>
    private void ReportUnusedAmendments(IReadOnlyList<InstructionSymbol> instructions, DeclarationBinder declarations)
    {
        var changed = new HashSet<(InstructionSymbol Amending, InstructionSymbol Amended)>();
        void Change(InstructionSymbol amending, EntitySymbol? entity)
        {
            if (entity is not null)
            {
                changed.UnionWith(entity.Contributions.Select(contribution => (amending, contribution.Instruction)));
            }
        }

        foreach (var site in declarations.Sites.Where(site => !site.Syntax.Name.IsMissing))
        {
            Change(site.Instruction, declarations.Find(site));
        }

        foreach (var instruction in instructions)
        {
            foreach (var grid in instruction.Tree.Root.Declarations.OfType<TargetGridSyntax>().Where(grid => !grid.Volet.IsMissing))
            {
                Change(instruction, declarations.Symbols.Find(instruction.Programme, grid.Volet.Text));
            }
        }

        foreach (var instruction in instructions)
        {
            var written = instruction.Tree.Root.Header?.Items.OfType<AmendsItemSyntax>().FirstOrDefault()?.Amended ?? [];
            foreach (var amended in instruction.Amends.Where(amended => !changed.Contains((instruction, amended))))
            {
                if (written.FirstOrDefault(name => name.Value.Trim() == amended.Number) is { } name)
                {
                    _diagnostics.Report(DiagnosticCatalog.UnusedAmendedInstruction, instruction.Tree.GetLocation(name), amended.Number);
                }
            }
        }
    }
}
