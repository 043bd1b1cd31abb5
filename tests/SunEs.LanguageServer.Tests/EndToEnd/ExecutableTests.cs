using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace SunEs.LanguageServer.Tests.EndToEnd;

/// <summary>The server as its own process: sunes-lsp --stdio, and the same server as sunes lsp.</summary>
public class ExecutableTests
{
    private static Process Start(params string[] arguments) => StartDll("sunes-lsp.dll", arguments);

    private static Process StartDll(string dll, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info)!;
    }

    private static async Task SendAsync(Stream input, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await input.WriteAsync(body);
        await input.FlushAsync();
    }

    private static async Task<JsonElement> ReadAsync(Stream output)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            await output.ReadExactlyAsync(one);
            header.Append((char)one[0]);
        }

        var length = int.Parse(header.ToString().Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        await output.ReadExactlyAsync(body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public Task Stdio_session_initializes_shuts_down_and_exits_with_code_0() => SessionAsync(Start("--stdio"));

    [Fact]
    public Task The_sunes_lsp_verb_serves_the_same_session() => SessionAsync(StartDll("sunes.dll", "lsp", "--stdio"));

    private static async Task SessionAsync(Process started)
    {
        using var process = started;
        var input = process.StandardInput.BaseStream;
        var output = process.StandardOutput.BaseStream;
        await SendAsync(input, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""");
        var initialized = await ReadAsync(output).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(initialized.GetProperty("result").GetProperty("capabilities").GetProperty("hoverProvider").GetBoolean());
        await SendAsync(input, """{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        await SendAsync(input, """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""");
        Assert.Equal(2, (await ReadAsync(output).WaitAsync(TimeSpan.FromSeconds(30))).GetProperty("id").GetInt32());
        await SendAsync(input, """{"jsonrpc":"2.0","method":"exit"}""");
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task Without_stdio_it_prints_its_usage_and_exits_with_code_2()
    {
        using var process = Start();
        var error = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--stdio", error);
    }
}
