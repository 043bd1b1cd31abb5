using SunEs.Text;

namespace SunEs.Syntax.Formatting;

/// <summary>
/// What the tree says about layout: which tokens start a logical line and at which
/// indentation level, how grid cells line up, and where operators hug their operands.
/// </summary>
internal sealed class LayoutPlan
{
    /// <summary>Token start → indentation level of the logical line it starts.</summary>
    public Dictionary<int, int> LineStarts { get; } = [];

    /// <summary>Token start → (grid, column) for tokens that begin a grid cell.</summary>
    public Dictionary<int, (TargetGridSyntax Grid, int Column)> GridCells { get; } = [];

    /// <summary>Grid → width of each column (column 0: the row heads).</summary>
    public Dictionary<TargetGridSyntax, int[]> GridWidths { get; } = [];

    /// <summary>Spans whose tokens are written without spaces between them ("oui/non", "-x", "min(").</summary>
    public List<TextSpan> Tight { get; } = [];

    public static LayoutPlan Build(SyntaxTree tree)
    {
        var plan = new LayoutPlan();
        var root = tree.Root;
        if (root.Header is { } header)
        {
            plan.Start(header, 0);
            plan.Items(header.Items, 1);
        }

        foreach (var declaration in root.Declarations)
        {
            plan.Declaration(declaration, 0, tree.Text);
        }

        foreach (var node in root.DescendantsAndSelf())
        {
            switch (node)
            {
                case YesNoDefinitionSyntax yesNo:
                    plan.Tight.Add(yesNo.Span);
                    break;
                case UnaryExpressionSyntax { Operator: UnaryOperator.Negate } negation:
                    plan.Tight.Add(TextSpan.FromBounds(negation.Span.Start, negation.Operand.Span.Start));
                    break;
                case CallExpressionSyntax call:
                    // "min(" : the function hugs its parenthesis.
                    plan.Tight.Add(TextSpan.FromBounds(call.Span.Start, call.Arguments.Count > 0 ? call.Arguments[0].Span.Start : call.Span.End));
                    break;
            }
        }

        return plan;
    }

    private void Declaration(SyntaxNode node, int level, SourceText text)
    {
        Start(node, level);
        switch (node)
        {
            case INamedDeclarationSyntax named:
                SyntaxNode? previous = null;
                foreach (var item in named.Items)
                {
                    Declaration(item, AssumptionLevel(item, previous, level + 1), text);
                    previous = item;
                }

                break;
            case TestSyntax test:
                foreach (var item in test.Items)
                {
                    Start(item, level + 1);
                    if (item is ExpectationListSyntax expectations)
                    {
                        foreach (var expectation in expectations.Expectations)
                        {
                            Start(expectation, level + 2);
                        }
                    }
                }

                break;
            case TargetGridSyntax grid:
                Grid(grid, level + 1, text);
                break;
            default:
                foreach (var table in node.DescendantsAndSelf().OfType<BracketTableExpressionSyntax>())
                {
                    foreach (var bracket in table.Brackets)
                    {
                        Start(bracket, level + 1);
                    }

                    Otherwise.Add((TextSpan.FromBounds(table.Brackets.Count > 0 ? table.Brackets[^1].Span.End : table.Span.Start, table.Otherwise.Span.Start), level + 1));
                }

                break;
        }
    }

    private void Grid(TargetGridSyntax grid, int level, SourceText text)
    {
        var columns = 1 + Math.Max(grid.Windows.Count, grid.Rows.Count == 0 ? 0 : grid.Rows.Max(row => row.Cells.Count));
        var widths = new int[columns];
        widths[0] = "fenêtres".Length;
        if (grid.Windows.Count > 0)
        {
            HeaderKeywords.Add((grid, grid.Windows[0].Span.Start, level));
        }

        for (var index = 0; index < grid.Windows.Count; index++)
        {
            Cell(grid, index + 1, grid.Windows[index], text, widths);
        }

        if (grid.Assumption is { } assumption)
        {
            Start(assumption, level);
        }

        foreach (var row in grid.Rows)
        {
            Start(row, level);
            if (row.Assumption is { } rowAssumption)
            {
                Start(rowAssumption, level + 1);
            }

            Cell(grid, 0, row.Indicator, text, widths);
            for (var index = 0; index < row.Cells.Count; index++)
            {
                Cell(grid, index + 1, row.Cells[index], text, widths);
            }
        }

        GridWidths[grid] = widths;
    }

    private void Cell(TargetGridSyntax grid, int column, SyntaxNode cell, SourceText text, int[] widths)
    {
        GridCells[cell.Span.Start] = (grid, column);
        widths[column] = Math.Max(widths[column], CellText(text, cell.Span).Length);
    }

    /// <summary>A cell as it will be printed: its tokens joined by single spaces ("49 %").</summary>
    internal static string CellText(SourceText text, TextSpan span) =>
        string.Join(' ', text[span].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Where each barème's "au-delà" lies (it is no node) and the level of its line.</summary>
    public List<(TextSpan Range, int Level)> Otherwise { get; } = [];

    /// <summary>The "fenêtres" keyword of each grid header is no node: it is found as the token before the first window.</summary>
    public List<(TargetGridSyntax Grid, int FirstWindow, int Level)> HeaderKeywords { get; } = [];

    private void Items(IEnumerable<SyntaxNode> items, int level)
    {
        SyntaxNode? previous = null;
        foreach (var item in items)
        {
            Start(item, AssumptionLevel(item, previous, level));
            previous = item;
        }
    }

    /// <summary>An assumption sits under the item it qualifies; first in a block it qualifies the block, at the items' level.</summary>
    private static int AssumptionLevel(SyntaxNode item, SyntaxNode? previous, int level) =>
        item is AssumptionSyntax && previous is not null and not AssumptionSyntax ? level + 1 : level;

    private void Start(SyntaxNode node, int level)
    {
        if (node.Span.Length > 0)
        {
            LineStarts.TryAdd(node.Span.Start, level);
        }
    }
}
