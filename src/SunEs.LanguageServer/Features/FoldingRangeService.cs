using SunEs.LanguageServer.Protocol;
using SunEs.Syntax;

namespace SunEs.LanguageServer.Features;

/// <summary>Folding: every block that spans lines (header, declarations, grids, tests, long labels), block comments and runs of line comments.</summary>
public static class FoldingRangeService
{
    public static IReadOnlyList<FoldingRange> FoldingRanges(SyntaxTree tree)
    {
        var text = tree.Text;
        var ranges = new List<FoldingRange>();
        foreach (var node in tree.Root.DescendantsAndSelf().Where(IsFoldable))
        {
            Add(ranges, text.GetLinePosition(node.Span.Start).Line, text.GetLinePosition(node.Span.End).Line, null);
        }

        int? runStart = null;
        var runEnd = -1;
        foreach (var token in tree.Tokens.Where(token => token.Kind == SyntaxTokenKind.Comment))
        {
            var start = text.GetLinePosition(token.Span.Start).Line;
            var end = text.GetLinePosition(token.Span.End).Line;
            var isLineComment = text[token.Span].StartsWith("//", StringComparison.Ordinal);
            if (isLineComment && runStart is not null && start == runEnd + 1 && IsAloneOnLine(tree, token))
            {
                runEnd = start;
                continue;
            }

            if (runStart is { } previous)
            {
                Add(ranges, previous, runEnd, "comment");
                runStart = null;
            }

            if (isLineComment && IsAloneOnLine(tree, token))
            {
                runStart = start;
                runEnd = start;
            }
            else
            {
                Add(ranges, start, end, "comment");
            }
        }

        if (runStart is { } last)
        {
            Add(ranges, last, runEnd, "comment");
        }

        return ranges.DistinctBy(range => (range.StartLine, range.EndLine)).OrderBy(range => range.StartLine).ThenByDescending(range => range.EndLine).ToList();
    }

    private static bool IsFoldable(SyntaxNode node) =>
        node is InstructionHeaderSyntax or INamedDeclarationSyntax or TargetGridSyntax or TestSyntax or LabelSyntax or ExpectationListSyntax;

    private static bool IsAloneOnLine(SyntaxTree tree, SyntaxToken token)
    {
        var line = tree.Text.GetLinePosition(token.Span.Start).Line;
        var lineSpan = tree.Text.GetLineSpan(line);
        return tree.Text.Content.AsSpan(lineSpan.Start, token.Span.Start - lineSpan.Start).IsWhiteSpace();
    }

    private static void Add(List<FoldingRange> ranges, int startLine, int endLine, string? kind)
    {
        if (endLine > startLine)
        {
            ranges.Add(new FoldingRange(startLine, endLine) { Kind = kind });
        }
    }
}
