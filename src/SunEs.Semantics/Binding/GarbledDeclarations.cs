using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.Semantics.Binding;

/// <summary>
/// Tells which declarations hold a syntax error. What the parser could not read is absent from
/// the tree, so « la fenêtre F2 n'indique pas sa période de candidature » after « candidatur du … »
/// would only repeat that error as its consequence: a part missing from a garbled declaration is
/// not reported. A declaration's text runs to the next declaration, since recovery leaves a
/// garbled last item outside the declaration's own span.
/// </summary>
internal sealed class GarbledDeclarations
{
    private readonly Dictionary<SyntaxTree, int[]> _declarationStarts = [];

    public bool Contains(SyntaxTree tree, TextSpan declaration)
    {
        if (!_declarationStarts.TryGetValue(tree, out var starts))
        {
            starts = tree.Root.DescendantsAndSelf()
                .Where(node => node is INamedDeclarationSyntax or TargetGridSyntax or TestSyntax)
                .Select(node => node.Span.Start)
                .Order()
                .ToArray();
            _declarationStarts[tree] = starts;
        }

        var index = Array.BinarySearch(starts, declaration.End);
        var next = index >= 0 ? index : ~index;
        var end = next < starts.Length ? starts[next] : tree.Text.Length;
        return tree.HasSyntaxErrorWithin(TextSpan.FromBounds(declaration.Start, Math.Max(declaration.End, end)));
    }
}
