using System.Text;
using System.Text.Json;
using Nerdbank.Streams;
using SunEs.LanguageServer.Server;
using LspServer = SunEs.LanguageServer.Server.LanguageServer;

namespace SunEs.LanguageServer.Tests.Infrastructure;

/// <summary>A client that writes and reads base-protocol frames itself, to send what a well-behaved client never would.</summary>
internal sealed class RawLspConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly LspServer _server;
    private readonly List<JsonElement> _notifications = [];

    private RawLspConnection(Stream stream, LspServer server)
    {
        _stream = stream;
        _server = server;
        Running = server.RunAsync();
    }

    public Task<int> Running { get; }

    public LspServer Server => _server;

    public IReadOnlyList<JsonElement> Notifications => _notifications;

    public static RawLspConnection Start(ServerOptions? options = null)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        return new RawLspConnection(clientStream, new LspServer(serverStream, serverStream, options ?? LspTestSession.DefaultOptions));
    }

    public async Task SendAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        await _stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await _stream.WriteAsync(body);
        await _stream.FlushAsync();
    }

    /// <summary>Bytes as they are, headers included: for malformed frames.</summary>
    public async Task SendBytesAsync(string raw)
    {
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(raw));
        await _stream.FlushAsync();
    }

    public Task SendAsync(object message) => SendAsync(JsonSerializer.Serialize(message));

    /// <summary>Reads frames until the response to <paramref name="id"/> (null: a response with a null id); notifications are kept aside.</summary>
    public async Task<JsonElement> ResponseAsync(int? id, int timeoutSeconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        while (true)
        {
            var message = await ReadAsync(timeout.Token);
            if (!message.TryGetProperty("id", out var messageId))
            {
                _notifications.Add(message);
                continue;
            }

            if ((id is null && messageId.ValueKind == JsonValueKind.Null) || (id is { } n && messageId.ValueKind == JsonValueKind.Number && messageId.GetInt32() == n))
            {
                return message;
            }
        }
    }

    /// <summary>Reads frames until every one of <paramref name="ids"/> has its response; notifications and other responses are kept aside.</summary>
    public async Task<Dictionary<int, JsonElement>> ResponsesAsync(IReadOnlyCollection<int> ids, int timeoutSeconds = 60)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        var responses = new Dictionary<int, JsonElement>();
        while (!ids.All(responses.ContainsKey))
        {
            var message = await ReadAsync(timeout.Token);
            if (message.TryGetProperty("id", out var messageId) && messageId.ValueKind == JsonValueKind.Number && ids.Contains(messageId.GetInt32()))
            {
                Assert.True(responses.TryAdd(messageId.GetInt32(), message), $"two responses to request {messageId}");
            }
            else if (!message.TryGetProperty("id", out _))
            {
                _notifications.Add(message);
            }
        }

        return responses;
    }

    /// <summary>Reads frames until <paramref name="count"/> responses (null ids included) have come, in the order they came; notifications are kept aside.</summary>
    public async Task<List<JsonElement>> AnyResponsesAsync(int count, int timeoutSeconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        var responses = new List<JsonElement>();
        while (responses.Count < count)
        {
            var message = await ReadAsync(timeout.Token);
            if (message.TryGetProperty("id", out _))
            {
                responses.Add(message);
            }
            else
            {
                _notifications.Add(message);
            }
        }

        return responses;
    }

    /// <summary>Initializes (request 1), sends initialized, and opens the documents.</summary>
    public async Task InitializedWithAsync(params (string Uri, string Text)[] documents)
    {
        await InitializeAsync();
        await ResponseAsync(1);
        await SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        foreach (var (uri, text) in documents)
        {
            await SendAsync(new
            {
                jsonrpc = "2.0",
                method = "textDocument/didOpen",
                @params = new { textDocument = new { uri, languageId = "sunes", version = 1, text } },
            });
        }
    }

    public static int ErrorCode(JsonElement response) => response.GetProperty("error").GetProperty("code").GetInt32();

    public Task InitializeAsync(int id = 1) =>
        SendAsync(new { jsonrpc = "2.0", id, method = "initialize", @params = new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } } });

    private async Task<JsonElement> ReadAsync(CancellationToken cancellationToken)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken);
            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await _stream.ReadExactlyAsync(body, cancellationToken);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            await _stream.ReadExactlyAsync(one, cancellationToken);
            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        await _server.DisposeAsync();
    }
}
