namespace SunEs.Documents.Model;

/// <summary>The page: a title, sections of blocks, and every source line a value points to.</summary>
public sealed record RulesDocument(
    string Language,
    string Title,
    string Subtitle,
    string? Warning,
    IReadOnlyList<DocumentSection> Sections,
    IReadOnlyList<SourceLine> Sources);

/// <summary>One line of an instruction some value points to, shown in the sources section.</summary>
public sealed record SourceLine(string Anchor, string InstructionNumber, int Line, string Text);

public sealed record DocumentSection(string Id, string Heading, IReadOnlyList<Block> Blocks);

public abstract record Block;

public sealed record SubHeading(string Text, string? Id = null) : Block;

public sealed record Paragraph(IReadOnlyList<Inline> Content) : Block
{
    public Paragraph(string text)
        : this([new TextInline(text)])
    {
    }
}

/// <summary>A list of items, each a run of inlines.</summary>
public sealed record BulletList(IReadOnlyList<IReadOnlyList<Inline>> Items) : Block;

/// <summary>A table: header rows, then body rows; <see cref="Kind"/> names its role for styling and tests.</summary>
public sealed record Table(string Kind, IReadOnlyList<TableRow> Header, IReadOnlyList<TableRow> Body, string? Caption = null) : Block;

/// <summary>An SVG picture, inline in HTML and beside a Markdown file under <see cref="FileName"/>.</summary>
public sealed record Figure(string Svg, string FileName, string Caption) : Block;

public sealed record TableRow(IReadOnlyList<TableCell> Cells, string? Kind = null);

/// <summary>
/// A cell: inlines, how many columns it spans, whether it heads its row, a style name and data
/// attributes (data-indicator="DS1.1"…) that say what it is about, so the cell can be found again.
/// </summary>
public sealed record TableCell(IReadOnlyList<Inline> Content, int ColumnSpan = 1, bool IsHeader = false, string? Kind = null,
    IReadOnlyList<KeyValuePair<string, string>>? Data = null)
{
    public static TableCell Text(string text, bool isHeader = false, int columnSpan = 1) => new([new TextInline(text)], columnSpan, isHeader);

    public static TableCell Value(CitedValue value, string? kind = null, IReadOnlyList<KeyValuePair<string, string>>? data = null) =>
        new([new ValueInline(value)], Kind: kind, Data: data);
}

public abstract record Inline;

public sealed record TextInline(string Text) : Inline;

/// <summary>A value with its source link and what it replaced.</summary>
public sealed record ValueInline(CitedValue Value) : Inline;

/// <summary>A short marker such as BONUS.</summary>
public sealed record BadgeInline(string Text) : Inline;

/// <summary>A link to another part of the page.</summary>
public sealed record LinkInline(string Text, string Anchor) : Inline;

public sealed record LineBreakInline : Inline;
