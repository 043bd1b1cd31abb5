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
        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            if (node is AssumptionSyntax assumption)
            {
                var descriptor = assumption.Kind == AssumptionKind.Inferred ? DiagnosticCatalog.Inferred : DiagnosticCatalog.Assumed;
                diagnostics.Report(descriptor, tree.GetLocation(assumption), assumption.Reason.Text);
            }

            IReadOnlyList<SyntaxNode>? items = node switch
            {
                InstructionHeaderSyntax header => header.Items,
                INamedDeclarationSyntax named => named.Items,
                _ => null,
            };
            SyntaxNode? previous = null;
            foreach (var item in items ?? [])
            {
                if (previous is AssumptionSyntax && item is AssumptionSyntax)
                {
                    diagnostics.Report(DiagnosticCatalog.AssumptionAfterAssumption, tree.GetLocation(item));
                }

                previous = item;
            }
        }
    }
}
