using SunEs.Text;

namespace SunEs.Syntax;

/// <summary>The root of a file: the instruction header, then its declarations.</summary>
public sealed class CompilationUnitSyntax(TextSpan span, InstructionHeaderSyntax? header, IReadOnlyList<DeclarationSyntax> declarations) : SyntaxNode(span)
{
    public InstructionHeaderSyntax? Header { get; } = header;

    public IReadOnlyList<DeclarationSyntax> Declarations { get; } = declarations;

    public override IEnumerable<SyntaxNode> Children => Nodes(Header, Declarations);
}

public sealed class InstructionHeaderSyntax(TextSpan span, StringSyntax number, IReadOnlyList<HeaderItemSyntax> items) : SyntaxNode(span)
{
    public StringSyntax Number { get; } = number;

    public IReadOnlyList<HeaderItemSyntax> Items { get; } = items;

    public override IEnumerable<SyntaxNode> Children => Nodes(Number, Items);
}

public abstract class HeaderItemSyntax(TextSpan span) : SyntaxNode(span);

public sealed class TitleItemSyntax(TextSpan span, LabelSyntax title) : HeaderItemSyntax(span)
{
    public LabelSyntax Title { get; } = title;

    public override IEnumerable<SyntaxNode> Children => Nodes(Title);
}

public sealed class NorItemSyntax(TextSpan span, StringSyntax nor) : HeaderItemSyntax(span)
{
    public StringSyntax Nor { get; } = nor;

    public override IEnumerable<SyntaxNode> Children => Nodes(Nor);
}

public sealed class SignedItemSyntax(TextSpan span, DateValueSyntax date) : HeaderItemSyntax(span)
{
    public DateValueSyntax Date { get; } = date;

    public override IEnumerable<SyntaxNode> Children => Nodes(Date);
}

/// <summary>"applicable le DATE", or "applicable immédiatement" (Date is null: the signature date).</summary>
public sealed class ApplicableItemSyntax(TextSpan span, DateValueSyntax? date) : HeaderItemSyntax(span)
{
    public DateValueSyntax? Date { get; } = date;

    public bool IsImmediate => Date is null;

    public override IEnumerable<SyntaxNode> Children => Nodes(Date);
}

public sealed class IssuersItemSyntax(TextSpan span, IReadOnlyList<StringSyntax> issuers) : HeaderItemSyntax(span)
{
    public IReadOnlyList<StringSyntax> Issuers { get; } = issuers;

    public override IEnumerable<SyntaxNode> Children => Issuers;
}

public sealed class AmendsItemSyntax(TextSpan span, IReadOnlyList<StringSyntax> amended) : HeaderItemSyntax(span)
{
    public IReadOnlyList<StringSyntax> Amended { get; } = amended;

    public override IEnumerable<SyntaxNode> Children => Amended;
}
