using System.Text.Json;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;

namespace SunEs.LanguageServer.Tests.EndToEnd;

public class LifecycleTests
{
    [Fact]
    public async Task Initialize_announces_exactly_the_implemented_capabilities()
    {
        await using var session = LspTestSession.Start();
        var result = await session.RequestAsync<JsonElement>("initialize", new InitializeParams { Capabilities = new ClientCapabilities() });
        var capabilities = result.GetProperty("capabilities");
        Assert.Equal(
            ["codeActionProvider", "completionProvider", "definitionProvider", "documentFormattingProvider", "documentRangeFormattingProvider",
             "documentSymbolProvider", "experimental", "foldingRangeProvider", "hoverProvider",
             "inlayHintProvider", "positionEncoding", "referencesProvider", "renameProvider", "semanticTokensProvider", "textDocumentSync", "workspace"],
            capabilities.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        Assert.False(capabilities.GetProperty("completionProvider").TryGetProperty("triggerCharacters", out _), "nulls are omitted");
        Assert.Equal(["quickfix"], capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("sunes-lsp", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Requests_before_initialize_get_ServerNotInitialized_and_notifications_are_dropped()
    {
        await using var raw = RawLspConnection.Start();
        await raw.SendAsync("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x.sunes","languageId":"sunes","version":1,"text":"x"}}}""");
        await raw.SendAsync("""{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.sunes"},"position":{"line":0,"character":0}}}""");
        Assert.Equal(LspErrorCodes.ServerNotInitialized, RawLspConnection.ErrorCode(await raw.ResponseAsync(7)));
        await raw.SendAsync("""{"jsonrpc":"2.0","id":8,"method":"shutdown"}""");
        Assert.Equal(LspErrorCodes.ServerNotInitialized, RawLspConnection.ErrorCode(await raw.ResponseAsync(8)));

        await raw.InitializeAsync(id: 9);
        Assert.True((await raw.ResponseAsync(9)).TryGetProperty("result", out _));
        await raw.SendAsync("""{"jsonrpc":"2.0","id":10,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.sunes"},"position":{"line":0,"character":0}}}""");
        Assert.Equal(LspErrorCodes.InvalidParams, RawLspConnection.ErrorCode(await raw.ResponseAsync(10))); // the early didOpen was dropped
    }

    [Fact]
    public async Task Initialize_twice_is_an_invalid_request()
    {
        await using var session = LspTestSession.Start();
        await session.InitializeAsync();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.RequestAsync<JsonElement>("initialize", new InitializeParams()));
        Assert.Equal(LspErrorCodes.InvalidRequest, error.ErrorCode);
    }

    [Fact]
    public async Task After_shutdown_requests_are_invalid_and_exit_ends_with_code_0()
    {
        await using var session = LspTestSession.Start();
        await session.InitializeAsync();
        Assert.Equal(JsonValueKind.Null, (await session.RequestAsync<JsonElement>("shutdown", null)).ValueKind);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            session.RequestAsync<JsonElement>("textDocument/hover", new HoverParams(new TextDocumentIdentifier("file:///x.sunes"), new Position(0, 0))));
        Assert.Equal(LspErrorCodes.InvalidRequest, error.ErrorCode);
        await session.NotifyAsync("exit");
        Assert.Equal(0, await session.Running.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Exit_with_the_input_still_open_ends_the_server_without_waiting_for_it_and_drops_the_pending_publication()
    {
        var log = new StringWriter();
        var options = LspTestSession.DefaultOptions with { Log = TextWriter.Synchronized(log), DiagnosticsDelay = TimeSpan.FromMilliseconds(300) };
        var session = LspTestSession.Start(options, input: pipe => new StandardInputStream(pipe));
        await session.InitializeAsync();
        await session.OpenAsync(TestWorkspace.Uri("a.sunes"), Samples.A);
        Assert.Equal(JsonValueKind.Null, (await session.RequestAsync<JsonElement>("shutdown", null)).ValueKind);
        await session.NotifyAsync("exit");
        Assert.Equal(0, await session.Running.WaitAsync(TimeSpan.FromSeconds(10)));

        await session.Server.DisposeAsync();
        // Past the publication's delay: it was dropped with the connection, not written to a closed one.
        await Task.Delay(options.DiagnosticsDelay * 3);
        Assert.Equal(string.Empty, log.ToString());
        session.Client.Dispose();
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var session = LspTestSession.Start();
        await session.InitializeAsync();
        await session.NotifyAsync("exit");
        Assert.Equal(1, await session.Running.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_closed_connection_ends_the_server_with_code_1()
    {
        var session = LspTestSession.Start();
        await session.InitializeAsync();
        session.Client.Dispose();
        Assert.Equal(1, await session.Running.WaitAsync(TimeSpan.FromSeconds(10)));
        await session.DisposeAsync();
    }

    [Fact]
    public async Task Watched_files_are_registered_when_the_client_allows_it()
    {
        await using var session = LspTestSession.Start();
        await session.InitializeAsync(capabilities: new ClientCapabilities
        {
            Workspace = new WorkspaceClientCapabilities { DidChangeWatchedFiles = new DynamicRegistrationCapability { DynamicRegistration = true } },
        });
        for (var i = 0; i < 200 && session.Registrations.Count == 0; i++)
        {
            await Task.Delay(25);
        }

        var registration = Assert.Single(Assert.Single(session.Registrations).Registrations);
        Assert.Equal("workspace/didChangeWatchedFiles", registration.Method);
        Assert.Contains("**/*.sunes", JsonSerializer.Serialize(registration.RegisterOptions));
    }
}
