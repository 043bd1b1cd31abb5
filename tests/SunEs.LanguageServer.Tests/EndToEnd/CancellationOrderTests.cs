using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.EndToEnd;

/// <summary>A $/cancelRequest that overtakes its request (read first) still cancels it: the request answers RequestCancelled, and the next one is served.</summary>
public sealed class CancellationOrderTests
{
    private static readonly string Uri = TestWorkspace.Uri("a.sunes");

    private static object Hover(int id) => new
    {
        jsonrpc = "2.0",
        id,
        method = "textDocument/hover",
        @params = new { textDocument = new { uri = Uri }, position = new { line = 18, character = 9 } },
    };

    [Fact]
    public async Task A_cancellation_read_before_its_request_cancels_it()
    {
        await using var raw = RawLspConnection.Start();
        await raw.InitializedWithAsync((Uri, Samples.A));

        await raw.SendAsync(new { jsonrpc = "2.0", method = "$/cancelRequest", @params = new { id = 7 } });
        await raw.SendAsync(Hover(7));
        await raw.SendAsync(Hover(8));

        Assert.Equal(LspErrorCodes.RequestCancelled, RawLspConnection.ErrorCode(await raw.ResponseAsync(7)));
        Assert.Contains("fenêtre `F2`", (await raw.ResponseAsync(8)).GetProperty("result").GetProperty("contents").GetProperty("value").GetString());
    }
}
