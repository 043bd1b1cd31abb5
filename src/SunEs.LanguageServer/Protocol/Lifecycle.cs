namespace SunEs.LanguageServer.Protocol;

public sealed record InitializeParams
{
    public int? ProcessId { get; init; }

    public string? Locale { get; init; }

    public string? RootPath { get; init; }

    public string? RootUri { get; init; }

    public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }

    public ClientCapabilities? Capabilities { get; init; }
}

public sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>The few client capabilities the server looks at.</summary>
public sealed record ClientCapabilities
{
    public WorkspaceClientCapabilities? Workspace { get; init; }

    public TextDocumentClientCapabilities? TextDocument { get; init; }
}

public sealed record WorkspaceClientCapabilities
{
    public DynamicRegistrationCapability? DidChangeWatchedFiles { get; init; }
}

public sealed record DynamicRegistrationCapability
{
    public bool? DynamicRegistration { get; init; }
}

public sealed record TextDocumentClientCapabilities
{
    public CompletionClientCapabilities? Completion { get; init; }
}

public sealed record CompletionClientCapabilities
{
    public CompletionItemClientCapabilities? CompletionItem { get; init; }
}

public sealed record CompletionItemClientCapabilities
{
    public bool? SnippetSupport { get; init; }
}

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version = null);

/// <summary>What the server implements, and nothing more.</summary>
public sealed record ServerCapabilities
{
    public string? PositionEncoding { get; init; }

    public TextDocumentSyncOptions? TextDocumentSync { get; init; }

    public bool? HoverProvider { get; init; }

    public bool? DefinitionProvider { get; init; }

    public bool? ReferencesProvider { get; init; }

    public RenameOptions? RenameProvider { get; init; }

    public bool? DocumentSymbolProvider { get; init; }

    public bool? FoldingRangeProvider { get; init; }

    public SemanticTokensOptions? SemanticTokensProvider { get; init; }

    public CompletionOptions? CompletionProvider { get; init; }

    public CodeActionOptions? CodeActionProvider { get; init; }

    public bool? InlayHintProvider { get; init; }

    public bool? DocumentFormattingProvider { get; init; }

    public bool? DocumentRangeFormattingProvider { get; init; }

    public WorkspaceServerCapabilities? Workspace { get; init; }

    public ExperimentalCapabilities? Experimental { get; init; }
}

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

public static class TextDocumentSyncKind
{
    public const int Incremental = 2;
}

public sealed record RenameOptions(bool PrepareProvider);

public sealed record CompletionOptions(bool ResolveProvider, IReadOnlyList<string>? TriggerCharacters = null);

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);

public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

public sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);
