using System.Text.Json;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;

namespace SunEs.LanguageServer.Tests.EndToEnd;

/// <summary>Malformed input, failures and cancellation: each gets an answer and the server keeps serving.</summary>
public class RobustnessTests
{
    private static object Hover(int id, string uri, int line, int character) => new
    {
        jsonrpc = "2.0",
        id,
        method = "textDocument/hover",
        @params = new { textDocument = new { uri }, position = new { line, character } },
    };

    private static async Task<RawLspConnection> StartedRawAsync(Server.ServerOptions? options = null)
    {
        var raw = RawLspConnection.Start(options);
        await raw.InitializeAsync();
        await raw.ResponseAsync(1);
        await raw.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        await raw.SendAsync(new
        {
            jsonrpc = "2.0",
            method = "textDocument/didOpen",
            @params = new { textDocument = new { uri = TestWorkspace.Uri("a.sunes"), languageId = "sunes", version = 1, text = Samples.A } },
        });
        return raw;
    }

    private static async Task AssertStillServingAsync(RawLspConnection raw, int id)
    {
        await raw.SendAsync(Hover(id, TestWorkspace.Uri("a.sunes"), 18, 9));
        var response = await raw.ResponseAsync(id);
        Assert.Contains("fenêtre `F2`", response.GetProperty("result").GetProperty("contents").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Bad_json_gets_a_parse_error_and_the_next_request_is_served()
    {
        await using var raw = await StartedRawAsync();
        await raw.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":");
        var error = await raw.ResponseAsync(null);
        Assert.Equal(LspErrorCodes.ParseError, RawLspConnection.ErrorCode(error));
        await AssertStillServingAsync(raw, 3);
    }

    [Fact]
    public async Task Json_that_is_not_a_message_gets_an_invalid_request()
    {
        await using var raw = await StartedRawAsync();
        await raw.SendAsync("[1, 2, 3]");
        Assert.Equal(LspErrorCodes.InvalidRequest, RawLspConnection.ErrorCode(await raw.ResponseAsync(null)));
        await AssertStillServingAsync(raw, 3);
    }

    [Theory]
    [InlineData(500, 0, LspErrorCodes.InvalidParams)]
    [InlineData(-1, 0, LspErrorCodes.InvalidParams)]
    public async Task Positions_outside_the_document_are_invalid_parameters(int line, int character, int code)
    {
        await using var raw = await StartedRawAsync();
        await raw.SendAsync(Hover(2, TestWorkspace.Uri("a.sunes"), line, character));
        Assert.Equal(code, RawLspConnection.ErrorCode(await raw.ResponseAsync(2)));
        await AssertStillServingAsync(raw, 3);
    }

    [Fact]
    public async Task Unknown_documents_unknown_methods_and_malformed_parameters_get_errors()
    {
        await using var raw = await StartedRawAsync();
        await raw.SendAsync(Hover(2, "file:///nowhere/x.sunes", 0, 0));
        Assert.Equal(LspErrorCodes.InvalidParams, RawLspConnection.ErrorCode(await raw.ResponseAsync(2)));
        await raw.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"textDocument/unheardOf","params":{}}""");
        Assert.Equal(LspErrorCodes.MethodNotFound, RawLspConnection.ErrorCode(await raw.ResponseAsync(3)));
        await raw.SendAsync("""{"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":42},"position":"here"}}""");
        Assert.Equal(LspErrorCodes.InvalidParams, RawLspConnection.ErrorCode(await raw.ResponseAsync(4)));
        await raw.SendAsync("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"nonsense":true}}""");
        await raw.SendAsync("""{"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}""");
        await AssertStillServingAsync(raw, 5);
    }

    [Fact]
    public async Task A_failing_request_answers_an_internal_error_and_the_server_goes_on()
    {
        var options = LspTestSession.DefaultOptions with
        {
            BeforeRequest = (method, _) => method == "textDocument/documentSymbol" ? throw new InvalidOperationException("boom") : Task.CompletedTask,
        };
        await using var raw = await StartedRawAsync(options);
        await raw.SendAsync(new { jsonrpc = "2.0", id = 2, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri = TestWorkspace.Uri("a.sunes") } } });
        var error = await raw.ResponseAsync(2);
        Assert.Equal(LspErrorCodes.InternalError, RawLspConnection.ErrorCode(error));
        Assert.Contains("boom", error.GetProperty("error").GetProperty("message").GetString());
        await AssertStillServingAsync(raw, 3);
    }

    [Fact]
    public async Task Cancel_request_answers_RequestCancelled()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = LspTestSession.DefaultOptions with
        {
            BeforeRequest = async (method, token) =>
            {
                if (method == "textDocument/documentSymbol")
                {
                    started.TrySetResult();
                    await Task.Delay(Timeout.Infinite, token);
                }
            },
        };
        await using var raw = await StartedRawAsync(options);
        await raw.SendAsync(new { jsonrpc = "2.0", id = 2, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri = TestWorkspace.Uri("a.sunes") } } });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await raw.SendAsync("""{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}}""");
        Assert.Equal(LspErrorCodes.RequestCancelled, RawLspConnection.ErrorCode(await raw.ResponseAsync(2)));
        await AssertStillServingAsync(raw, 3);
    }

    [Fact]
    public async Task A_client_cancellation_token_cancels_the_request()
    {
        var options = LspTestSession.DefaultOptions with
        {
            BeforeRequest = (method, token) => method == "textDocument/foldingRange" ? Task.Delay(Timeout.Infinite, token) : Task.CompletedTask,
        };
        await using var session = LspTestSession.Start(options);
        await session.InitializeAsync();
        await session.OpenAsync(TestWorkspace.Uri("a.sunes"), Samples.A);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            session.RequestAsync<FoldingRange[]>("textDocument/foldingRange", new FoldingRangeParams(new TextDocumentIdentifier(TestWorkspace.Uri("a.sunes"))), cancel.Token));
        var symbols = await session.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new DocumentSymbolParams(new TextDocumentIdentifier(TestWorkspace.Uri("a.sunes"))));
        Assert.NotEmpty(symbols);
    }

    [Fact]
    public async Task A_request_sees_every_change_sent_before_it()
    {
        await using var session = LspTestSession.Start();
        await session.InitializeAsync();
        var uri = TestWorkspace.Uri("a.sunes");
        await session.OpenAsync(uri, Samples.A);
        for (var version = 2; version < 40; version++)
        {
            _ = session.NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                [new TextDocumentContentChangeEvent("\n", new Protocol.Range(new Position(0, 0), new Position(0, 0)))]));
        }

        // 38 blank lines now precede the text: F2's declaration moved from line 18 to line 56.
        var hover = await session.RequestAsync<Hover?>("textDocument/hover", new HoverParams(new TextDocumentIdentifier(uri), new Position(56, 9)));
        Assert.NotNull(hover);
        Assert.Contains("fenêtre `F2`", hover.Contents.Value);
    }

    [Fact]
    public async Task Errors_reach_a_json_rpc_client_with_their_code()
    {
        await using var session = LspTestSession.Start();
        await session.InitializeAsync();
        // StreamJsonRpc reports InvalidParams to its callers as "method not found" (no overload took those arguments).
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() =>
            session.RequestAsync<JsonElement>("textDocument/hover", new HoverParams(new TextDocumentIdentifier("file:///nowhere.sunes"), new Position(0, 0))));
        Assert.Equal(LspErrorCodes.InvalidParams, (int)error.ErrorCode);
        Assert.Contains("Unknown document", error.Message);
    }
}
