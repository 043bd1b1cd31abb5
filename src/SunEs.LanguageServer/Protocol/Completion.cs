namespace SunEs.LanguageServer.Protocol;

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position) : TextDocumentPositionParams(TextDocument, Position);

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

public sealed record CompletionItem(string Label, int Kind)
{
    public string? Detail { get; init; }

    public MarkupContent? Documentation { get; init; }

    public string? SortText { get; init; }

    public string? FilterText { get; init; }

    public int? InsertTextFormat { get; init; }

    public TextEdit? TextEdit { get; init; }
}

public static class CompletionItemKind
{
    public const int Module = 9;
    public const int Class = 7;
    public const int Interface = 8;
    public const int Field = 5;
    public const int Variable = 6;
    public const int Keyword = 14;
    public const int Snippet = 15;
    public const int Event = 23;
    public const int Reference = 18;
    public const int Function = 3;
    public const int Value = 12;
    public const int EnumMember = 20;
    public const int Constant = 21;
}

public static class InsertTextFormat
{
    public const int PlainText = 1;
    public const int Snippet = 2;
}
