using System.Collections.Immutable;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.LanguageServer.Workspaces;

/// <summary>
/// The workspace at one point of the change sequence: the set of documents (open ones over disk
/// ones) and their compilation, computed once, lazily, on the thread pool. Never mutated: every
/// read of a request works on one snapshot from start to end.
/// </summary>
public sealed class WorkspaceSnapshot
{
    private readonly Lazy<Task<Compilation>> _compilation;
    private readonly Lazy<Dictionary<SourceText, Document>> _bySource;
    private readonly CancellationTokenSource _superseded = new();

    public WorkspaceSnapshot(long sequence, ImmutableSortedDictionary<string, Document> documents)
    {
        Sequence = sequence;
        Documents = documents;
        var superseded = _superseded.Token;
        _compilation = new Lazy<Task<Compilation>>(
            () => Task.Run(() => Compilation.Create(Documents.Values.Select(document => Parsed(document, superseded)), superseded), superseded),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _bySource = new Lazy<Dictionary<SourceText, Document>>(
            () => Documents.Values.ToDictionary(document => document.Text),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A workspace's first snapshot: each workspace has its own, since superseding it cancels it.</summary>
    public static WorkspaceSnapshot CreateEmpty() => new(0, ImmutableSortedDictionary.Create<string, Document>(StringComparer.Ordinal));

    /// <summary>Position in the change sequence: a larger number is a newer snapshot.</summary>
    public long Sequence { get; }

    public ImmutableSortedDictionary<string, Document> Documents { get; }

    /// <summary>
    /// Cancelled once a newer snapshot exists: the analysis of this one is abandoned (its
    /// compilation stops and is never completed) and requests still working on it are stale.
    /// </summary>
    public CancellationToken Superseded => _superseded.Token;

    /// <summary>The compilation of every document of the snapshot; waiting for it can be cancelled, and computing it stops when the snapshot is superseded.</summary>
    public Task<Compilation> GetCompilationAsync(CancellationToken cancellationToken) =>
        _compilation.Value.WaitAsync(cancellationToken);

    /// <summary>Marks this snapshot as out of date (called once the next one is current).</summary>
    public void Supersede() => _superseded.Cancel();

    public Document? Find(string uri) => Documents.GetValueOrDefault(DocumentUris.ToKey(uri));

    /// <summary>The document a request is about; an unknown one is an invalid parameter.</summary>
    public Document Get(TextDocumentIdentifier? identifier)
    {
        if (identifier?.Uri is not { } uri)
        {
            throw new LspException(LspErrorCodes.InvalidParams, "textDocument.uri is required.");
        }

        return Find(uri) ?? throw new LspException(LspErrorCodes.InvalidParams, $"Unknown document {uri}: it is neither open nor a .sunes file of the workspace.");
    }

    public Document? FindBySource(SourceText source) => _bySource.Value.GetValueOrDefault(source);

    /// <summary>The protocol location of a span in one of the snapshot's texts.</summary>
    public Protocol.Location? ToLocation(SunEs.Text.Location location) =>
        FindBySource(location.Source) is { } document ? new Protocol.Location(document.Uri, PositionConverter.ToRange(location)) : null;

    private static SunEs.Syntax.SyntaxTree Parsed(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return document.Tree;
    }
}
