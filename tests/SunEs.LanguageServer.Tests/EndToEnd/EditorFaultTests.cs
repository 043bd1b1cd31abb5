using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.EndToEnd;

/// <summary>What editors and broken clients do to a server: it answers, stays up, keeps its memory bounded, and exits when the client goes.</summary>
public class EditorFaultTests
{
    private static readonly string Uri = TestWorkspace.Uri("a.sunes");

    private static object Request(int id, string method, object parameters) => new { jsonrpc = "2.0", id, method, @params = parameters };

    private static object Hover(int id, int line, int character, string? uri = null) =>
        Request(id, "textDocument/hover", new { textDocument = new { uri = uri ?? Uri }, position = new { line, character } });

    private static object Change(string uri, int version, int line, int character, int endLine, int endCharacter, string text) => new
    {
        jsonrpc = "2.0",
        method = "textDocument/didChange",
        @params = new
        {
            textDocument = new { uri, version },
            contentChanges = new[] { new { range = new { start = new { line, character }, end = new { line = endLine, character = endCharacter } }, text } },
        },
    };

    private static async Task AssertHoverOnF2Async(RawLspConnection raw, int id, int line)
    {
        await raw.SendAsync(Hover(id, line, 9));
        var response = await raw.ResponseAsync(id);
        Assert.Contains("fenêtre `F2`", response.GetProperty("result").GetProperty("contents").GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("Garbage without a colon\r\n\r\n")]
    [InlineData("Content-Length: abc\r\n\r\n{}")]
    [InlineData("Content-Length: -5\r\n\r\n")]
    [InlineData("Content-Length: 99999999999\r\n\r\n")]
    [InlineData("Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=latin1\r\n\r\n{}")]
    [InlineData("\r\n\r\n")]
    [InlineData("Content-Length: 12\n\n{\"jsonrpc\":2")]
    public async Task Malformed_headers_get_a_parse_error_and_the_next_message_is_served(string frame)
    {
        await using var raw = RawLspConnection.Start();
        await raw.InitializedWithAsync((Uri, Samples.A));
        await raw.SendBytesAsync(frame);
        Assert.Equal(LspErrorCodes.ParseError, RawLspConnection.ErrorCode(await raw.ResponseAsync(null)));
        await AssertHoverOnF2Async(raw, 2, 18);
    }

    [Theory]
    [InlineData("", " trailing bytes")]
    [InlineData("", "\r\n\"params\": {}}\r\n")]
    [InlineData("", "\"x\": 1}\r\n")]
    [InlineData("-10", "")]
    public async Task A_body_longer_than_its_length_is_an_error_and_the_next_message_is_answered(string shorter, string extra)
    {
        await using var raw = RawLspConnection.Start();
        await raw.InitializedWithAsync((Uri, Samples.A));
        var first = JsonSerializer.Serialize(Hover(2, 18, 9));
        var declared = Encoding.UTF8.GetByteCount(first) + (shorter.Length > 0 ? int.Parse(shorter, System.Globalization.CultureInfo.InvariantCulture) : 0);
        var next = JsonSerializer.Serialize(Hover(3, 18, 9));
        await raw.SendBytesAsync($"Content-Length: {declared}\r\n\r\n{first}{extra}Content-Length: {Encoding.UTF8.GetByteCount(next)}\r\n\r\n{next}");

        // The first message is answered when its length holds it whole, else it is a parse error; the bytes left
        // before the next header are a parse error; the next message is answered.
        var responses = await raw.AnyResponsesAsync(3);
        var answered = responses.Where(response => response.GetProperty("id").ValueKind == JsonValueKind.Number).Select(response => response.GetProperty("id").GetInt32());
        Assert.Equal(shorter.Length == 0 ? [2, 3] : [3], answered.Order());
        var errors = responses.Where(response => response.GetProperty("id").ValueKind == JsonValueKind.Null).Select(RawLspConnection.ErrorCode).ToList();
        Assert.Equal(Enumerable.Repeat(LspErrorCodes.ParseError, shorter.Length == 0 ? 1 : 2), errors);
        await AssertHoverOnF2Async(raw, 4, 18);
    }

    [Fact]
    public async Task An_overlong_header_line_and_an_oversized_length_are_refused_without_reading_them()
    {
        await using var raw = RawLspConnection.Start();
        await raw.InitializedWithAsync((Uri, Samples.A));
        await raw.SendBytesAsync("X-Padding: " + new string('x', 100_000) + "\r\n\r\n");
        Assert.Equal(LspErrorCodes.ParseError, RawLspConnection.ErrorCode(await raw.ResponseAsync(null)));
        await raw.SendBytesAsync($"Content-Length: {Server.FrameReader.MaxContentLength + 1}\r\n\r\n");
        Assert.Equal(LspErrorCodes.ParseError, RawLspConnection.ErrorCode(await raw.ResponseAsync(null)));
        await AssertHoverOnF2Async(raw, 2, 18);
    }

    [Fact]
    public async Task A_five_megabyte_document_is_analysed_and_served()
    {
        var text = new StringBuilder(Samples.A);
        for (var i = 0; text.Length < 5 * 1024 * 1024; i++)
        {
            text.Append(i % 10 == 0 ? $"donnée d{i} : entier \"Donnée {i}\"\n" : $"// ligne de commentaire {i} pour grossir le texte jusqu'à cinq mégaoctets\n");
        }

        await using var session = LspTestSession.Start();
        await session.InitializeAsync();
        await session.OpenAsync(Uri, text.ToString());
        var published = await session.DiagnosticsForAsync(Uri, timeoutSeconds: 120);
        Assert.Equal(1, published.Version);
        var hover = await session.RequestAsync<Hover?>("textDocument/hover", new HoverParams(new TextDocumentIdentifier(Uri), new Position(18, 9)));
        Assert.Contains("fenêtre `F2`", hover!.Contents.Value);
        var symbols = await session.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new DocumentSymbolParams(new TextDocumentIdentifier(Uri)));
        Assert.True(symbols.Length > 1000);
    }

    [Fact]
    public async Task A_thousand_rapid_incremental_edits_apply_in_order_and_the_last_version_is_published()
    {
        await using var raw = RawLspConnection.Start();
        await raw.InitializedWithAsync((Uri, "// \n" + Samples.A));
        for (var version = 2; version <= 1001; version++)
        {
            await raw.SendAsync(Change(Uri, version, 0, 3, 0, 3, version % 2 == 0 ? "x" : "y"));
        }

        await AssertHoverOnF2Async(raw, 2, 19);
        var content = raw.Server.Workspace.Current.Find(Uri)!.Text.Content;
        Assert.Equal("// " + string.Concat(Enumerable.Repeat("yx", 500)) + "\n" + Samples.A, content);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!raw.Notifications.Any(n => n.GetProperty("method").GetString() == "textDocument/publishDiagnostics" && n.GetProperty("params").TryGetProperty("version", out var v) && v.GetInt32() == 1001))
        {
            await raw.SendAsync(Request(3, "textDocument/foldingRange", new { textDocument = new { uri = Uri } }));
            await raw.ResponseAsync(3);
            await Task.Delay(50, timeout.Token);
        }

        var versions = raw.Notifications.Where(n => n.GetProperty("method").GetString() == "textDocument/publishDiagnostics")
            .Select(n => n.GetProperty("params").GetProperty("version").GetInt32()).ToList();
        Assert.True(versions.Count < 100, $"{versions.Count} publications for 1,000 edits: the debounce should have merged them");
        Assert.Equal(versions.Order(), versions);
    }

    [Fact]
    public async Task Overlapping_requests_edits_and_cancellations_each_get_exactly_one_answer()
    {
        await using var raw = RawLspConnection.Start();
        await raw.InitializedWithAsync((Uri, "// \n" + Samples.A));
        var ids = new List<int>();
        for (var i = 0; i < 60; i++)
        {
            var id = 10 + i;
            ids.Add(id);
            await raw.SendAsync((i % 3) switch
            {
                0 => Hover(id, 19, 9),
                1 => Request(id, "textDocument/completion", new { textDocument = new { uri = Uri }, position = new { line = 5, character = 4 } }),
                _ => Request(id, "textDocument/semanticTokens/full", new { textDocument = new { uri = Uri } }),
            });
            if (i % 2 == 0)
            {
                await raw.SendAsync(new { jsonrpc = "2.0", method = "$/cancelRequest", @params = new { id } });
            }

            if (i % 5 == 0)
            {
                await raw.SendAsync(Change(Uri, 2 + i, 0, 3, 0, 3, "z"));
            }
        }

        var responses = await raw.ResponsesAsync(ids);
        foreach (var response in responses.Values)
        {
            if (response.TryGetProperty("error", out _))
            {
                Assert.Contains(RawLspConnection.ErrorCode(response), new[] { LspErrorCodes.RequestCancelled, LspErrorCodes.ContentModified });
            }
        }

        Assert.Contains(responses.Values, response => response.TryGetProperty("result", out _));
        await AssertHoverOnF2Async(raw, 200, 19);
    }

    [Fact]
    public async Task Edits_to_closed_or_unknown_documents_are_ignored_and_requests_about_them_are_invalid()
    {
        await using var raw = RawLspConnection.Start();
        var closed = TestWorkspace.Uri("closed.sunes");
        await raw.InitializedWithAsync((Uri, Samples.A), (closed, Samples.B));
        await raw.SendAsync(new { jsonrpc = "2.0", method = "textDocument/didClose", @params = new { textDocument = new { uri = closed } } });
        await raw.SendAsync(Change(closed, 2, 0, 0, 0, 0, "garbage"));
        await raw.SendAsync(Change("file:///nowhere/unknown.sunes", 2, 0, 0, 0, 0, "garbage"));
        await raw.SendAsync(Change("not a uri at all", 2, 0, 0, 0, 0, "garbage"));
        await raw.SendAsync(new { jsonrpc = "2.0", method = "textDocument/didClose", @params = new { textDocument = new { uri = "file:///nowhere/other.sunes" } } });
        await raw.SendAsync(Hover(2, 0, 0, closed));
        Assert.Equal(LspErrorCodes.InvalidParams, RawLspConnection.ErrorCode(await raw.ResponseAsync(2)));
        await AssertHoverOnF2Async(raw, 3, 18);
        Assert.Null(raw.Server.Workspace.Current.Find(closed));
    }

    [Fact]
    public async Task Ranges_outside_the_text_are_clamped_in_edits_and_refused_in_requests_and_reversed_ranges_are_refused_in_both()
    {
        await using var raw = RawLspConnection.Start();
        await raw.InitializedWithAsync((Uri, Samples.A));
        await raw.SendAsync(Change(Uri, 2, 9999, 0, 9999, 50, "\n// fin"));
        await raw.SendAsync(Change(Uri, 3, -4, -7, -1, -1, "// début\n"));
        await AssertHoverOnF2Async(raw, 6, 19);
        var before = raw.Server.Workspace.Current.Find(Uri)!.Text.Content;
        // Reversed: swapping its ends would delete lines 2 to 4, which the client never asked for.
        await raw.SendAsync(Change(Uri, 4, 4, 0, 2, 0, string.Empty));
        await raw.SendAsync(Change(Uri, 5, 2, 10, 2, 3, "x"));
        await raw.SendAsync(Request(2, "textDocument/completion", new { textDocument = new { uri = Uri }, position = new { line = 1, character = -3 } }));
        Assert.Equal(LspErrorCodes.InvalidParams, RawLspConnection.ErrorCode(await raw.ResponseAsync(2)));
        await raw.SendAsync(Request(3, "textDocument/inlayHint", new { textDocument = new { uri = Uri }, range = new { start = new { line = 5000, character = 0 }, end = new { line = 0, character = 0 } } }));
        Assert.Equal(LspErrorCodes.InvalidParams, RawLspConnection.ErrorCode(await raw.ResponseAsync(3)));
        await raw.SendAsync(Request(4, "textDocument/rangeFormatting", new { textDocument = new { uri = Uri }, range = new { start = new { line = 3, character = 0 }, end = new { line = 1, character = 0 } } }));
        Assert.Equal(LspErrorCodes.InvalidParams, RawLspConnection.ErrorCode(await raw.ResponseAsync(4)));
        var document = raw.Server.Workspace.Current.Find(Uri)!;
        var content = document.Text.Content;
        Assert.Equal(before, content);
        Assert.Equal(3, document.Version);
        Assert.StartsWith("// début\n", content, StringComparison.Ordinal);
        Assert.EndsWith("\n// fin", content, StringComparison.Ordinal);
        await raw.SendAsync(Hover(5, 19, 9));
        Assert.Contains("fenêtre `F2`", (await raw.ResponseAsync(5)).GetProperty("result").GetProperty("contents").GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_client_that_vanishes_leaves_a_server_that_exits_promptly_with_bounded_memory()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sunes-lsp.dll"));
        info.ArgumentList.Add("--stdio");
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = new MemoryStream();
        var reading = process.StandardOutput.BaseStream.CopyToAsync(output);
        var input = process.StandardInput.BaseStream;

        async Task SendAsync(object message)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(message);
            await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            await input.WriteAsync(body);
            await input.FlushAsync();
        }

        await SendAsync(Request(1, "initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } }));
        await SendAsync(new { jsonrpc = "2.0", method = "initialized", @params = new { } });
        var big = Samples.A + string.Concat(Enumerable.Range(0, 60_000).Select(i => $"// commentaire {i} pour un document d'environ deux mégaoctets\n"));
        await SendAsync(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = Uri, languageId = "sunes", version = 1, text = big } } });
        for (var version = 2; version <= 300; version++)
        {
            await SendAsync(Change(Uri, version, 0, 0, 0, 0, version % 2 == 0 ? " " : string.Empty));
            if (version % 30 == 0)
            {
                await SendAsync(Hover(version, 18, 9));
            }
        }

        await Task.Delay(1000);
        process.Refresh();
        var workingSet = process.WorkingSet64;
        Assert.True(workingSet < 1_500_000_000, $"the server uses {workingSet / 1_000_000} MB");

        input.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await reading.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, process.ExitCode);
        Assert.DoesNotContain("Unhandled exception", await error, StringComparison.Ordinal);
        Assert.True(output.Length > 0);
    }
}
