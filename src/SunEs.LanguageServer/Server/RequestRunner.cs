using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.LanguageServer.Workspaces;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.LanguageServer.Server;

/// <summary>
/// Runs a request on the snapshot current when it was received (every change sent before it
/// is in), off the dispatch thread. The client cancels it with $/cancelRequest
/// (RequestCancelled); a change that arrives before it is answered makes its answer stale, and
/// it fails with ContentModified instead, as the protocol allows, so that the client asks again.
/// </summary>
internal sealed class RequestRunner(Workspace workspace, ServerState state, ServerOptions options)
{
    public Task<T> RunAsync<T>(string method, TextDocumentIdentifier? document, Func<FeatureContext, T> work, CancellationToken cancellationToken)
    {
        var snapshot = workspace.Current;
        return Task.Run(() => GuardAsync(method, snapshot, cancellationToken, async token =>
        {
            var target = snapshot.Get(document);
            var compilation = await snapshot.GetCompilationAsync(token).ConfigureAwait(false);
            token.ThrowIfCancellationRequested();
            return work(new FeatureContext(snapshot, target, compilation, state.Language, options.Clock.Today) { CancellationToken = token });
        }), cancellationToken);
    }

    /// <summary>
    /// For hover and definition, which never wait for an analysis: answered from the latest one
    /// that finished (the current snapshot's when it has), at the place the position's line had in
    /// the version that analysis read; <paramref name="toCurrent"/> then moves what the answer
    /// points at into the current versions. A position on a line changed since gets
    /// <paramref name="nothing"/>. Only a document no analysis has read yet (just opened) waits
    /// for the analysis of its snapshot.
    /// </summary>
    public Task<T> RunOnAnalysedAsync<T>(string method, TextDocumentIdentifier? document, Position position,
        Func<FeatureContext, int, T> work, Func<T, AnalysedView, T> toCurrent, T nothing, CancellationToken cancellationToken)
    {
        var snapshot = workspace.Current;
        return Task.Run(() => GuardAsync(method, snapshot, cancellationToken, async token =>
        {
            var target = snapshot.Get(document);
            var offset = PositionConverter.ToOffset(target.Text, position);
            var view = await ViewAsync(snapshot, target, token).ConfigureAwait(false);
            if (view.AnalysedVersionOf(target) is not { } analysed || view.ToAnalysed(target, offset) is not { } at)
            {
                return nothing;
            }

            var result = work(new FeatureContext(view.Analysed.Snapshot, analysed, view.Analysed.Compilation, state.Language, options.Clock.Today) { CancellationToken = token }, at);
            return view.IsCurrent ? result : toCurrent(result, view);
        }), cancellationToken);
    }

    /// <summary>
    /// For completion, which never waits for an analysis: the current text, with the names of the
    /// latest analysis that finished; while the current version is still being parsed, its tokens
    /// relexed from the version that analysis read.
    /// </summary>
    public Task<T> RunOnLatestAsync<T>(string method, TextDocumentIdentifier? document, Func<FeatureContext, T> work, CancellationToken cancellationToken)
    {
        var snapshot = workspace.Current;
        return Task.Run(() => GuardAsync(method, snapshot, cancellationToken, async token =>
        {
            var target = snapshot.Get(document);
            var view = await ViewAsync(snapshot, target, token).ConfigureAwait(false);
            var context = new FeatureContext(snapshot, target, view.Analysed.Compilation, state.Language, options.Clock.Today)
            {
                CancellationToken = token,
                Tree = SyntaxOf(target, view),
            };
            return work(context);
        }), cancellationToken);
    }

    /// <summary>For features that need only the document's syntax (outline, folding, formatting): stale only when that document changed.</summary>
    public Task<T> RunOnSyntaxAsync<T>(string method, TextDocumentIdentifier? document, Func<Document, T> work, CancellationToken cancellationToken)
    {
        var snapshot = workspace.Current;
        return Task.Run(async () =>
        {
            await BeforeAsync(method, cancellationToken).ConfigureAwait(false);
            var target = snapshot.Get(document);
            cancellationToken.ThrowIfCancellationRequested();
            var result = work(target);
            cancellationToken.ThrowIfCancellationRequested();
            if (!ReferenceEquals(workspace.Current.Find(target.Uri), target))
            {
                throw ContentModified(method);
            }

            return result;
        }, cancellationToken);
    }

    private async Task<T> GuardAsync<T>(string method, WorkspaceSnapshot snapshot, CancellationToken cancellationToken, Func<CancellationToken, Task<T>> work)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, snapshot.Superseded);
        try
        {
            await BeforeAsync(method, linked.Token).ConfigureAwait(false);
            var result = await work(linked.Token).ConfigureAwait(false);

            // Cancelled while the work ran (it does not always look at the token, and with the
            // analysis often ready before the request, it may start and end between two checks).
            cancellationToken.ThrowIfCancellationRequested();
            if (snapshot.Superseded.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw ContentModified(method);
            }

            return result;
        }
        catch (OperationCanceledException) when (snapshot.Superseded.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw ContentModified(method);
        }
    }

    /// <summary>The snapshot's own analysis when it finished, else the latest that did and read a version of the document; else the snapshot's own, waited for.</summary>
    private async Task<AnalysedView> ViewAsync(WorkspaceSnapshot snapshot, Document document, CancellationToken cancellationToken)
    {
        if (!snapshot.IsAnalysed && workspace.Analyses.Latest is { } latest && latest.Snapshot.Sequence <= snapshot.Sequence && latest.Snapshot.Find(document.Uri) is not null)
        {
            return new AnalysedView(snapshot, latest);
        }

        return new AnalysedView(snapshot, new AnalysedSnapshot(snapshot, await snapshot.GetCompilationAsync(cancellationToken).ConfigureAwait(false)));
    }

    private static SyntaxTree SyntaxOf(Document document, AnalysedView view) =>
        document.IsParsed || view.AnalysedVersionOf(document) is not { IsParsed: true } analysed
            ? document.Tree
            : new SyntaxTree(document.Text, new CompilationUnitSyntax(new TextSpan(0, document.Text.Length), null, []), SyntaxParser.Relex(document.Text, analysed.Tree), []);

    private static LspException ContentModified(string method) =>
        new(LspErrorCodes.ContentModified, $"{method}: the workspace changed while the request was being answered; ask again.");

    private async Task BeforeAsync(string method, CancellationToken cancellationToken)
    {
        if (options.BeforeRequest is { } hook)
        {
            await hook(method, cancellationToken).ConfigureAwait(false);
        }
    }
}
