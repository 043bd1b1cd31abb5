using System.Collections.Immutable;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.LanguageServer.Workspaces;

/// <summary>
/// The workspace at one point of the change sequence: the set of documents (open ones over disk
/// ones) and their compilation, computed once by the workspace's <see cref="AnalysisQueue"/>
/// when the analysis is started (by the server as soon as it exists, or by the first request
/// that needs it). Never mutated: every read of a request works on one snapshot from start to end.
/// </summary>
public sealed class WorkspaceSnapshot
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task<Compilation> _compilation;
    private readonly Lazy<Dictionary<SourceText, Document>> _bySource;
    private readonly CancellationTokenSource _superseded = new();

    public WorkspaceSnapshot(long sequence, ImmutableSortedDictionary<string, Document> documents, AnalysisQueue analyses)
    {
        Sequence = sequence;
        Documents = documents;
        _compilation = AnalyseWhenStartedAsync(analyses, _superseded.Token);
        _bySource = new Lazy<Dictionary<SourceText, Document>>(
            () => Documents.Values.ToDictionary(document => document.Text),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A workspace's first snapshot: each workspace has its own, since superseding it cancels it.</summary>
    public static WorkspaceSnapshot CreateEmpty(AnalysisQueue analyses) => new(0, ImmutableSortedDictionary.Create<string, Document>(StringComparer.Ordinal), analyses);

    /// <summary>Position in the change sequence: a larger number is a newer snapshot.</summary>
    public long Sequence { get; }

    public ImmutableSortedDictionary<string, Document> Documents { get; }

    /// <summary>
    /// Cancelled once a newer snapshot exists: the analysis of this one is abandoned (its
    /// compilation stops and is never completed) and requests still working on it are stale.
    /// </summary>
    public CancellationToken Superseded => _superseded.Token;

    /// <summary>The characters of every document: what an analysis of this snapshot reads.</summary>
    public long Size => Documents.Values.Sum(document => (long)document.Text.Length);

    /// <summary>True once the analysis finished; <see cref="GetCompilationAsync"/> then answers at once.</summary>
    public bool IsAnalysed => _compilation.IsCompletedSuccessfully;

    /// <summary>Starts the analysis of this snapshot, unless it is already started or superseded.</summary>
    public void StartAnalysis() => _started.TrySetResult();

    /// <summary>The compilation of every document of the snapshot, starting its analysis if needed; waiting for it can be cancelled, and computing it stops when the snapshot is superseded.</summary>
    public Task<Compilation> GetCompilationAsync(CancellationToken cancellationToken)
    {
        StartAnalysis();
        return WhenAnalysedAsync(cancellationToken);
    }

    /// <summary>The compilation once someone else started the analysis (the server's scheduler): waiting does not start it.</summary>
    public Task<Compilation> WhenAnalysedAsync(CancellationToken cancellationToken) => _compilation.WaitAsync(cancellationToken);

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

    private async Task<Compilation> AnalyseWhenStartedAsync(AnalysisQueue analyses, CancellationToken superseded)
    {
        await _started.Task.WaitAsync(superseded).ConfigureAwait(false);
        return await analyses.AnalyseAsync(this, superseded).ConfigureAwait(false);
    }
}
