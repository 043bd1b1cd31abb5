using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Server;
using SunEs.LanguageServer.Tests.Infrastructure;
using SunEs.LanguageServer.Workspaces;

namespace SunEs.LanguageServer.Tests.EndToEnd;

/// <summary>
/// Completion, hover and definition never wait for a running analysis: they answer from the
/// latest one that finished while the analysis of the current text is deliberately held. A
/// superseded analysis is abandoned and publishes nothing. No timing is asserted.
/// </summary>
public sealed class NeverWaitingTests
{
    private static readonly string UriA = TestWorkspace.Uri("a.sunes");
    private static readonly string UriB = TestWorkspace.Uri("b.sunes");

    [Fact]
    public async Task Completion_answers_with_the_latest_analysis_while_the_analysis_of_the_edit_is_held()
    {
        await using var held = new HeldAnalyses(UriA, version: 2);
        await using var session = await StartedAsync(held);
        var edited = Samples.A.Replace("forfait = forfait_d1", "forfait = ");

        await ChangeWhileHeldAsync(session, held, edited);
        var completion = await RequestAsync<CompletionList>(session, "textDocument/completion",
            new CompletionParams(new TextDocumentIdentifier(UriA), At(edited, "forfait = ", "forfait = ".Length)));

        Assert.Contains(completion.Items, item => item.Label == "forfait_d1");
        Assert.False(held.Released);
    }

    [Fact]
    public async Task Hover_and_definition_answer_at_the_moved_lines_while_the_analysis_of_the_edit_is_held()
    {
        await using var held = new HeldAnalyses(UriA, version: 2);
        await using var session = await StartedAsync(held);
        var edited = "// deux lignes\n// de plus\n" + Samples.A;

        await ChangeWhileHeldAsync(session, held, edited);
        var use = At(edited, "fenêtres F1, F2", "fenêtres F1, ".Length);
        var hover = await RequestAsync<Hover?>(session, "textDocument/hover", new HoverParams(new TextDocumentIdentifier(UriA), use));
        var definition = await RequestAsync<Protocol.Location[]>(session, "textDocument/definition", new DefinitionParams(new TextDocumentIdentifier(UriA), use));

        Assert.NotNull(hover);
        Assert.Contains("fenêtre `F2`", hover.Contents.Value);
        Assert.Equal(new Protocol.Range(use, use with { Character = use.Character + 2 }), hover.Range);
        var declaration = At(edited, "fenêtre F2 \"", "fenêtre ".Length);
        Assert.Equal([new Protocol.Location(UriA, new Protocol.Range(declaration, declaration with { Character = declaration.Character + 2 }))], definition);
        Assert.False(held.Released);
    }

    [Fact]
    public async Task Hover_on_a_line_changed_since_the_latest_analysis_answers_nothing_rather_than_a_stale_name()
    {
        await using var held = new HeldAnalyses(UriA, version: 2);
        await using var session = await StartedAsync(held);
        var edited = Samples.A.Replace("fenêtres F1, F2", "fenêtres F2, F1");

        await ChangeWhileHeldAsync(session, held, edited);
        var hover = await RequestAsync<Hover?>(session, "textDocument/hover",
            new HoverParams(new TextDocumentIdentifier(UriA), At(edited, "fenêtres F2", "fenêtres ".Length)));

        Assert.Null(hover);
    }

    [Fact]
    public async Task Requests_on_other_documents_answer_while_a_huge_document_is_being_analysed()
    {
        var huge = Samples.A.Replace("TEST/2024/1", "TEST/2024/9").Replace("programme P ", "programme Q ") + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"donnée grand_{i} : entier \"Donnée {i}\"\n"));
        var uriHuge = TestWorkspace.Uri("huge.sunes");
        await using var held = new HeldAnalyses(uriHuge, version: 1);
        await using var session = await StartedAsync(held);

        await session.OpenAsync(uriHuge, huge);
        await held.Entered.WaitAsync(TimeSpan.FromSeconds(20));
        var hover = await RequestAsync<Hover?>(session, "textDocument/hover", new HoverParams(new TextDocumentIdentifier(UriB), At(Samples.B, "fenêtre F2", "fenêtre ".Length)));

        Assert.NotNull(hover);
        Assert.Contains("fenêtre `F2`", hover.Contents.Value);
        Assert.False(held.Released);
    }

    [Fact]
    public async Task A_superseded_analysis_publishes_nothing()
    {
        await using var held = new HeldAnalyses(UriA, version: 2);
        await using var session = await StartedAsync(held);

        await ChangeWhileHeldAsync(session, held, Samples.A.Replace("forfait = forfait_d1", "forfait = inconnue"));
        await ChangeAsync(session, UriA, 3, Samples.A + "\n");
        var published = await session.DiagnosticsForAsync(UriA, p => p.Version is 2 or 3);
        held.Release();

        Assert.Equal(3, published.Version);
        Assert.Empty(published.Diagnostics);
        await held.Abandoned.WaitAsync(TimeSpan.FromSeconds(20));
        await ChangeAsync(session, UriA, 4, Samples.A);
        Assert.Equal(4, (await session.DiagnosticsForAsync(UriA, p => p.Version is 2 or 4)).Version);
    }

    /// <summary>The server with a.sunes and b.sunes open and analysed (their diagnostics published).</summary>
    private static async Task<LspTestSession> StartedAsync(HeldAnalyses held)
    {
        var session = LspTestSession.Start(LspTestSession.DefaultOptions with { BeforeAnalysis = held.HoldAsync });
        await session.InitializeAsync();
        await session.OpenAsync(UriA, Samples.A);
        await session.OpenAsync(UriB, Samples.B);
        await session.DiagnosticsForAsync(UriB);
        return session;
    }

    /// <summary>A request that must be answered while the analysis is held: a wait for the analysis would time out.</summary>
    private static Task<T> RequestAsync<T>(LspTestSession session, string method, object parameters) =>
        session.RequestAsync<T>(method, parameters).WaitAsync(TimeSpan.FromSeconds(20));

    /// <summary>Sends version 2 of a.sunes and waits until its analysis is held.</summary>
    private static async Task ChangeWhileHeldAsync(LspTestSession session, HeldAnalyses held, string text)
    {
        await ChangeAsync(session, UriA, 2, text);
        await held.Entered.WaitAsync(TimeSpan.FromSeconds(20));
    }

    private static Task ChangeAsync(LspTestSession session, string uri, int version, string text) =>
        session.NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), [new TextDocumentContentChangeEvent(text)]));

    /// <summary>The position of <paramref name="needle"/> in <paramref name="text"/>, moved by <paramref name="delta"/> characters.</summary>
    private static Position At(string text, string needle, int delta)
    {
        var offset = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(offset >= 0, needle);
        var before = text[..(offset + delta)];
        return new Position(before.Count(c => c == '\n'), before.Length - (before.LastIndexOf('\n') + 1));
    }

    /// <summary>Holds every analysis of a snapshot holding the given version of a document until released (or the snapshot is superseded and released).</summary>
    private sealed class HeldAnalyses(string uri, int version) : IAsyncDisposable
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _abandoned = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        /// <summary>Completes when a held analysis, once released, found its snapshot superseded.</summary>
        public Task Abandoned => _abandoned.Task;

        public bool Released => _release.Task.IsCompleted;

        public void Release() => _release.TrySetResult();

        public async Task HoldAsync(WorkspaceSnapshot snapshot, CancellationToken superseded)
        {
            if (snapshot.Find(uri)?.Version != version)
            {
                return;
            }

            _entered.TrySetResult();
            await _release.Task.ConfigureAwait(false);
            if (superseded.IsCancellationRequested)
            {
                _abandoned.TrySetResult();
            }
        }

        public ValueTask DisposeAsync()
        {
            Release();
            return ValueTask.CompletedTask;
        }
    }
}
