using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.EndToEnd;

/// <summary>A change that arrives while a request is being answered makes the answer stale: ContentModified, and the server goes on.</summary>
public class StaleRequestTests
{
    private static readonly string Uri = TestWorkspace.Uri("a.sunes");

    private static object Change(int version, string text) => new
    {
        jsonrpc = "2.0",
        method = "textDocument/didChange",
        @params = new
        {
            textDocument = new { uri = Uri, version },
            contentChanges = new[] { new { range = new Protocol.Range(new Position(0, 0), new Position(0, 0)), text } },
        },
    };

    private static async Task<RawLspConnection> StartedAsync(string heldMethod, Func<CancellationToken, Task> hold)
    {
        var options = LspTestSession.DefaultOptions with
        {
            BeforeRequest = (method, token) => method == heldMethod ? hold(token) : Task.CompletedTask,
        };
        var raw = RawLspConnection.Start(options);
        await raw.InitializeAsync();
        await raw.ResponseAsync(1);
        await raw.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        await raw.SendAsync(new
        {
            jsonrpc = "2.0",
            method = "textDocument/didOpen",
            @params = new { textDocument = new { uri = Uri, languageId = "sunes", version = 1, text = Samples.A } },
        });
        await raw.SendAsync(new
        {
            jsonrpc = "2.0",
            method = "textDocument/didOpen",
            @params = new { textDocument = new { uri = TestWorkspace.Uri("b.sunes"), languageId = "sunes", version = 1, text = Samples.B } },
        });
        return raw;
    }

    [Fact]
    public async Task A_change_during_a_hover_answers_ContentModified_and_the_next_hover_sees_the_change()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var raw = await StartedAsync("textDocument/hover", async token =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
        });
        await raw.SendAsync(new { jsonrpc = "2.0", id = 2, method = "textDocument/hover", @params = new { textDocument = new { uri = Uri }, position = new { line = 18, character = 9 } } });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await raw.SendAsync(Change(2, "\n"));
        Assert.Equal(LspErrorCodes.ContentModified, RawLspConnection.ErrorCode(await raw.ResponseAsync(2)));
    }

    [Fact]
    public async Task A_syntax_request_is_stale_only_when_its_own_document_changed()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var raw = await StartedAsync("textDocument/foldingRange", _ =>
        {
            started.TrySetResult();
            return release.Task;
        });
        await raw.SendAsync(new { jsonrpc = "2.0", id = 2, method = "textDocument/foldingRange", @params = new { textDocument = new { uri = Uri } } });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await raw.SendAsync(new
        {
            jsonrpc = "2.0",
            method = "textDocument/didChange",
            @params = new { textDocument = new { uri = TestWorkspace.Uri("b.sunes"), version = 2 }, contentChanges = new[] { new { text = Samples.B + "\n" } } },
        });
        await raw.SendAsync(new { jsonrpc = "2.0", id = 3, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri = Uri } } });
        await raw.ResponseAsync(3);
        release.TrySetResult();
        Assert.True((await raw.ResponseAsync(2)).TryGetProperty("result", out _));

        var restarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        started = restarted;
        await raw.SendAsync(new { jsonrpc = "2.0", id = 4, method = "textDocument/foldingRange", @params = new { textDocument = new { uri = Uri } } });
        await restarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await raw.SendAsync(Change(2, "// changé\n"));
        await raw.SendAsync(new { jsonrpc = "2.0", id = 5, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri = Uri } } });
        await raw.ResponseAsync(5);
        release.TrySetResult();
        Assert.Equal(LspErrorCodes.ContentModified, RawLspConnection.ErrorCode(await raw.ResponseAsync(4)));
    }

    [Fact]
    public async Task A_superseded_snapshot_abandons_its_compilation()
    {
        var workspace = TestWorkspace.FromTexts(("a.sunes", Samples.A));
        var old = workspace.Current;
        Assert.False(old.Superseded.IsCancellationRequested);
        workspace.Open(new TextDocumentItem(TestWorkspace.Uri("b.sunes"), "sunes", 1, Samples.B));
        Assert.True(old.Superseded.IsCancellationRequested);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => old.GetCompilationAsync(CancellationToken.None));
        var current = await workspace.Current.GetCompilationAsync(CancellationToken.None);
        Assert.Equal(2, current.Instructions.Count);
    }

    [Fact]
    public void A_cancelled_compilation_stops_with_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var trees = new[] { Samples.A, Samples.B }.Select(text => SunEs.Syntax.SyntaxParser.Parse(new SunEs.Text.SourceText("t.sunes", text)));
        Assert.ThrowsAny<OperationCanceledException>(() => SunEs.Semantics.Compilation.Create(trees, cancelled.Token));
    }
}
