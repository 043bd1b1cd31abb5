using System.Text.Json;
using SunEs.LanguageServer.Handlers;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;
using SunEs.LanguageServer.Text;
using StreamJsonRpc;

namespace SunEs.LanguageServer.Tests.EndToEnd;

/// <summary>sunes/rulesPage over the protocol, on the real corpus: the page of sunes doc for the document's programme.</summary>
public sealed class RulesPageProtocolTests : IAsyncLifetime
{
    private static readonly string Amending = TestWorkspace.CorpusUri("2023-28.sunes");
    private LspTestSession _session = null!;

    public async Task InitializeAsync()
    {
        _session = LspTestSession.Start();
        await _session.InitializeAsync(rootUri: DocumentUris.FromPath(RepoRoot.Instructions));
    }

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task The_capability_is_announced_under_experimental_sunes()
    {
        await using var session = LspTestSession.Start();
        var result = await session.RequestAsync<JsonElement>("initialize", new InitializeParams { Capabilities = new ClientCapabilities() });
        Assert.True(result.GetProperty("capabilities").GetProperty("experimental").GetProperty("sunes").GetProperty("rulesPage").GetBoolean());
    }

    [Fact]
    public async Task The_page_on_a_date_shows_the_amended_grid_with_what_it_replaced()
    {
        var page = await _session.RequestAsync<RulesPageResult>(RulesPageHandler.Method, new RulesPageParams(new TextDocumentIdentifier(Amending), "2023-04-01"));
        Assert.Equal("2023-04-01", page.AsOf);
        Assert.StartsWith("<!DOCTYPE html>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<h1>Règles en vigueur au 1er avril 2023</h1>", page.Html, StringComparison.Ordinal);
        Assert.Contains("data-indicator=\"DS1.1\" data-window=\"F2\"><a class=\"value\" href=\"#src-dgos-pf5-dns-2023-28-l90\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("remplace <del>59 %</del>", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"warning\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_date_the_page_shows_the_rules_of_today()
    {
        var page = await _session.RequestAsync<RulesPageResult>(RulesPageHandler.Method, new RulesPageParams(new TextDocumentIdentifier(Amending), null));
        Assert.Equal("2025-06-15", page.AsOf);
        Assert.Contains("15 juin 2025", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_date_is_an_invalid_parameter()
    {
        // StreamJsonRpc surfaces the InvalidParams code (-32602) as RemoteMethodNotFoundException.
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() =>
            _session.RequestAsync<RulesPageResult>(RulesPageHandler.Method, new RulesPageParams(new TextDocumentIdentifier(Amending), "01/04/2023")));
        Assert.Equal(LspErrorCodes.InvalidParams, (int)error.ErrorCode);
        Assert.Contains("YYYY-MM-DD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Texts_with_errors_still_get_their_page_under_a_warning()
    {
        var uri = "file:///tmp/sunes-rules-page/broken.sunes";
        await _session.OpenAsync(uri, "instruction \"X/2024/1\"\n    signée le 1er janvier 2024\n    applicable le 1er janvier 2024\n\nfenêtre F9 \"Fenêtre 9\"\n    jalon 31 février 2024\n");
        var page = await _session.RequestAsync<RulesPageResult>(RulesPageHandler.Method, new RulesPageParams(new TextDocumentIdentifier(uri), "2024-02-01"));
        Assert.Contains("class=\"warning\" role=\"alert\">Les textes ont", page.Html, StringComparison.Ordinal);
    }
}
