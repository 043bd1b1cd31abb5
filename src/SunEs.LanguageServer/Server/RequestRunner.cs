using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Workspaces;

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
