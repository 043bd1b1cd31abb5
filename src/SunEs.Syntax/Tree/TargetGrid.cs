using SunEs.Text;

namespace SunEs.Syntax;

/// <summary>
/// A target grid laid out like the published table: a header of windows, then one row per
/// indicator with one cell per header window.
/// </summary>
public sealed class TargetGridSyntax(TextSpan span, IdentifierSyntax volet, KeywordSyntax? amended, IReadOnlyList<IdentifierSyntax> windows, IReadOnlyList<GridRowSyntax> rows)
    : DeclarationSyntax(span)
{
    public IdentifierSyntax Volet { get; } = volet;

    public KeywordSyntax? AmendedKeyword { get; } = amended;

    public IReadOnlyList<IdentifierSyntax> Windows { get; } = windows;

    public IReadOnlyList<GridRowSyntax> Rows { get; } = rows;

    public override IEnumerable<SyntaxNode> Children => Nodes(Volet, AmendedKeyword, Windows, Rows);
}

public sealed class GridRowSyntax(TextSpan span, IdentifierSyntax indicator, IReadOnlyList<GridCellSyntax> cells) : SyntaxNode(span)
{
    public IdentifierSyntax Indicator { get; } = indicator;

    public IReadOnlyList<GridCellSyntax> Cells { get; } = cells;

    public override IEnumerable<SyntaxNode> Children => Nodes(Indicator, Cells);
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
