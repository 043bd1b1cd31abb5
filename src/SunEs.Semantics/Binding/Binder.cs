using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>The semantic pipeline over a set of texts: instructions, declarations, items, grids, consolidated checks, tests.</summary>
internal sealed class Binder(IReadOnlyList<SyntaxTree> trees)
{
    private readonly SemanticDiagnostics _diagnostics = new();

    public BindingResult Bind()
    {
        var instructions = new InstructionBinder(_diagnostics).Bind(trees);
        var ordered = instructions.Values.OrderBy(i => i.Order).ToList();

        var declarations = new DeclarationBinder(_diagnostics);
        foreach (var instruction in ordered)
        {
            declarations.Collect(instruction);
        }

        var names = new NameResolver(declarations.Entities, _diagnostics);
        declarations.Resolve(names);

        var contributions = new ContributionBinder(names, _diagnostics);
        foreach (var site in declarations.Sites)
        {
            contributions.Bind(site);
        }

        foreach (var instruction in ordered)
        {
            foreach (var grid in instruction.Tree.Root.Declarations.OfType<TargetGridSyntax>())
            {
                contributions.BindGrid(grid, instruction);
            }
        }

        var entities = declarations.Entities.Values.ToList();
        var consolidator = new Consolidator(ordered, entities, contributions.Properties);
        var checks = new ConsolidatedChecks(_diagnostics);
        foreach (var date in ordered.Select(i => i.AppliesFrom).OfType<DateOnly>().Distinct())
        {
            checks.Check(consolidator.Consolidate(date));
        }

        var tests = new TestBinder(names, _diagnostics, consolidator).Bind(ordered);
        return new BindingResult(ordered, entities, names.References, tests, _diagnostics.All, consolidator);
    }
}
