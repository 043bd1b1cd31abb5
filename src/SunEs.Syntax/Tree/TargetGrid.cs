using SunEs.Text;

namespace SunEs.Syntax;

/// <summary>
/// A target grid laid out like the published table: a header of windows, then one row per
/// indicator with one cell per header window.
/// </summary>
public sealed class TargetGridSyntax(TextSpan span, IdentifierSyntax volet, KeywordSyntax? amended, AssumptionSyntax? assumption,
    IReadOnlyList<IdentifierSyntax> windows, IReadOnlyList<GridRowSyntax> rows)
    : DeclarationSyntax(span)
{
    public IdentifierSyntax Volet { get; } = volet;

    public KeywordSyntax? AmendedKeyword { get; } = amended;

    /// <summary>What every cell of the grid rests on, when the sources do not state it.</summary>
    public AssumptionSyntax? Assumption { get; } = assumption;

    public IReadOnlyList<IdentifierSyntax> Windows { get; } = windows;

    public IReadOnlyList<GridRowSyntax> Rows { get; } = rows;

    public override IEnumerable<SyntaxNode> Children => Nodes(Volet, AmendedKeyword, Assumption, Windows, Rows);
}

public sealed class GridRowSyntax(TextSpan span, IdentifierSyntax indicator, IReadOnlyList<GridCellSyntax> cells, AssumptionSyntax? assumption) : SyntaxNode(span)
{
    public IdentifierSyntax Indicator { get; } = indicator;

    public IReadOnlyList<GridCellSyntax> Cells { get; } = cells;

    /// <summary>What the row's cells rest on, when the sources do not state them.</summary>
    public AssumptionSyntax? Assumption { get; } = assumption;

    public override IEnumerable<SyntaxNode> Children => Nodes(Indicator, Cells, Assumption);
}

public enum GridCellKind
{
    Percentage,
    Yes,
    No,
    NoTarget,
}

public sealed class GridCellSyntax(TextSpan span, GridCellKind kind, PercentageSyntax? percentage) : SyntaxNode(span)
{
    public GridCellKind Kind { get; } = kind;

    /// <summary>Set when <see cref="Kind"/> is <see cref="GridCellKind.Percentage"/>.</summary>
    public PercentageSyntax? Percentage { get; } = percentage;

    public override IEnumerable<SyntaxNode> Children => Nodes(Percentage);
}
