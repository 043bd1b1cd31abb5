namespace SunEs.LanguageServer.Protocol;

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext(IReadOnlyList<LspDiagnostic>? Diagnostics = null)
{
    public IReadOnlyList<string>? Only { get; init; }
}

public sealed record CodeAction(string Title, string Kind, WorkspaceEdit Edit)
{
    public IReadOnlyList<LspDiagnostic>? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }
}

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
}
