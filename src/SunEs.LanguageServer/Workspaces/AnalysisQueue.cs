using SunEs.Semantics;

namespace SunEs.LanguageServer.Workspaces;

/// <summary>A snapshot and the compilation its analysis produced.</summary>
public sealed record AnalysedSnapshot(WorkspaceSnapshot Snapshot, Compilation Compilation);

/// <summary>
/// Runs the analyses of a workspace's snapshots one at a time, off the dispatch thread: however
/// large the texts, analysis takes one core at most and requests always find a thread. Keeps
/// the latest analysis that finished, which requests that must not wait answer from. An analysis
/// whose snapshot is superseded stops at its next check and is never recorded. A snapshot whose
/// trees are those the latest analysis read (a file opened as it is on disk, a file closed
/// unchanged) takes that analysis' compilation instead of binding the workspace again.
/// </summary>
/// <param name="beforeAnalysis">Awaited before each analysis (tests hold one with it).</param>
/// <param name="prepare">
/// Run on each new compilation, on the analysis' turn and before it becomes <see cref="Latest"/>:
/// what requests read from every latest analysis (completion's entity index) is then made there,
/// not by the request that comes first after a keystroke.
/// </param>
public sealed class AnalysisQueue(Func<WorkspaceSnapshot, CancellationToken, Task>? beforeAnalysis = null, Action<Compilation>? prepare = null)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Lock _lock = new();
    private AnalysedSnapshot? _latest;

    /// <summary>The newest snapshot whose analysis finished, with its compilation; null until one has.</summary>
    public AnalysedSnapshot? Latest
    {
        get
        {
            lock (_lock)
            {
                return _latest;
            }
        }
    }

    /// <summary>Raised after an analysis finished and became <see cref="Latest"/>.</summary>
    public event Action<AnalysedSnapshot>? Analysed;

    internal Task<Compilation> AnalyseAsync(WorkspaceSnapshot snapshot, CancellationToken superseded) => Task.Run(async () =>
    {
        if (beforeAnalysis is not null)
        {
            await beforeAnalysis(snapshot, superseded).ConfigureAwait(false);
        }

        await _oneAtATime.WaitAsync(superseded).ConfigureAwait(false);
        Compilation compilation;
        try
        {
            superseded.ThrowIfCancellationRequested();
            var trees = snapshot.Documents.Values.Select(document => Parsed(document, superseded)).ToList();
            if (Latest is { } latest && latest.Compilation.Trees.SequenceEqual(trees, ReferenceEqualityComparer.Instance))
            {
                compilation = latest.Compilation;
            }
            else
            {
                compilation = Compilation.Create(trees, superseded);
                superseded.ThrowIfCancellationRequested();
                prepare?.Invoke(compilation);
            }
        }
        finally
        {
            _oneAtATime.Release();
        }

        superseded.ThrowIfCancellationRequested();
        Record(new AnalysedSnapshot(snapshot, compilation));
        return compilation;
    }, superseded);

    private void Record(AnalysedSnapshot analysed)
    {
        lock (_lock)
        {
            if (_latest is not null && _latest.Snapshot.Sequence >= analysed.Snapshot.Sequence)
            {
                return;
            }

            _latest = analysed;
        }

        Analysed?.Invoke(analysed);
    }

    private static Syntax.SyntaxTree Parsed(Document document, CancellationToken superseded)
    {
        superseded.ThrowIfCancellationRequested();
        return document.Tree;
    }
}
