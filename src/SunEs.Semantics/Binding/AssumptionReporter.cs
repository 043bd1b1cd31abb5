using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>
/// Lists every assumption and inference the texts write (SUN0700, SUN0701), so that `sunes check`
/// shows what the corpus rests on; two in a row qualify the same item and are reported (SUN0702).
/// </summary>
internal static class AssumptionReporter
{
    public static void Report(InstructionSymbol instruction, SemanticDiagnostics diagnostics)
    {
        var tree = instruction.Tree;
        foreach (var assumption in tree.Root.DescendantsAndSelf().OfType<AssumptionSyntax>())
        {
            var descriptor = assumption.Kind == AssumptionKind.Inferred ? DiagnosticCatalog.Inferred : DiagnosticCatalog.Assumed;
            diagnostics.Report(descriptor, tree.GetLocation(assumption), assumption.Reason.Text);
        }

        var lists = tree.Root.DescendantsAndSelf().Select(node => node switch
        {
            InstructionHeaderSyntax header => header.Items,
            INamedDeclarationSyntax named => named.Items,
            _ => null,
        }).OfType<IEnumerable<SyntaxNode>>();
        foreach (var items in lists)
        {
            foreach (var next in items.Zip(items.Skip(1)).Where(pair => pair is { First: AssumptionSyntax, Second: AssumptionSyntax }).Select(pair => pair.Second))
            {
                diagnostics.Report(DiagnosticCatalog.AssumptionAfterAssumption, tree.GetLocation(next));
            }
        }
    }
}
