namespace SunEs.LanguageServer.Protocol;

public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, Range Range);

public sealed record InlayHint(Position Position, string Label)
{
    public string? Tooltip { get; init; }

    public bool? PaddingLeft { get; init; }
}
