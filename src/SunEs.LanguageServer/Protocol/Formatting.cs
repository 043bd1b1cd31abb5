namespace SunEs.LanguageServer.Protocol;

/// <summary>Tab size and spaces-or-tabs: read but not followed, since SunEs has one canonical layout (four spaces).</summary>
public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options = null);

public sealed record DocumentRangeFormattingParams(TextDocumentIdentifier TextDocument, Range Range, FormattingOptions? Options = null);
