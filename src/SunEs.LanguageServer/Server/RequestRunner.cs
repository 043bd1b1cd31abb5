using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Workspaces;

namespace SunEs.LanguageServer.Server;

/// <summary>
/// Runs a request on the snapshot current when it was received (every change sent before it
/// is in), off the dispatch thread, cancellable while it waits for the compilation.
/// </summary>
internal sealed class RequestRunner(Workspace workspace, ServerState state, ServerOptions options)
{
    public Task<T> RunAsync<T>(string method, TextDocumentIdentifier? document, Func<FeatureContext, T> work, CancellationToken cancellationToken)
    {
        var snapshot = workspace.Current;
        return Task.Run(async () =>
        {
            await BeforeAsync(method, cancellationToken).ConfigureAwait(false);
            var target = snapshot.Get(document);
            var compilation = await snapshot.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return work(new FeatureContext(snapshot, target, compilation, state.Language, options.Clock.Today));
        }, cancellationToken);
    }

    /// <summary>For features that need only the document's syntax (outline, folding).</summary>
    public Task<T> RunOnSyntaxAsync<T>(string method, TextDocumentIdentifier? document, Func<Document, T> work, CancellationToken cancellationToken)
    {
        var snapshot = workspace.Current;
        return Task.Run(async () =>
        {
            await BeforeAsync(method, cancellationToken).ConfigureAwait(false);
            var target = snapshot.Get(document);
            cancellationToken.ThrowIfCancellationRequested();
            return work(target);
        }, cancellationToken);
    }

    private async Task BeforeAsync(string method, CancellationToken cancellationToken)
    {
        if (options.BeforeRequest is { } hook)
        {
            await hook(method, cancellationToken).ConfigureAwait(false);
        }
    }
}
