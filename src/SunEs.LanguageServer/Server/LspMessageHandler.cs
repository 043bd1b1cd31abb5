using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using StreamJsonRpc.Reflection;

namespace SunEs.LanguageServer.Server;

/// <summary>
/// The base protocol (Content-Length headers over a byte stream) that survives bad content: a
/// message that is not JSON gets a ParseError response, JSON that is not a JSON-RPC message an
/// InvalidRequest response, and reading goes on with the next message. (The stock handler ends
/// the connection on either.) Frames whose headers cannot be read arrive from
/// <see cref="FrameReader"/> as a notice and get a ParseError response. Messages the lifecycle refuses are answered here too, in the
/// order they arrive (see <see cref="ProtocolGate"/>).
/// </summary>
internal sealed class LspMessageHandler(Stream output, Stream input, SystemTextJsonFormatter formatter, ProtocolGate gate, TextWriter log)
    : HeaderDelimitedMessageHandler(output, input, formatter)
{
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var message = await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
                if (message is JsonRpcRequest { Method: FrameReader.UnreadableFrameMethod } unreadable)
                {
                    var reason = unreadable.TryGetArgumentByNameOrIndex("reason", -1, typeof(string), out var value) ? value as string : null;
                    ((IJsonRpcMessageBufferManager)this).DeserializationComplete(message);
                    log.WriteLine($"Unreadable message header: {reason}");
                    await WriteAsync(Error(RequestId.Null, JsonRpcErrorCode.ParseError, $"Parse error: unreadable message header ({reason}); skipped to the next Content-Length."), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (message is JsonRpcRequest { Method: { } method } request && gate.Admit(method) is var (code, text))
                {
                    // The message is dropped: release its buffer, as JSON-RPC does once it has read the arguments.
                    ((IJsonRpcMessageBufferManager)this).DeserializationComplete(message);
                    if (request.IsResponseExpected)
                    {
                        await WriteAsync(Error(request.RequestId, (JsonRpcErrorCode)code, text), cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        log.WriteLine($"Notification {method} dropped: {text}");
                    }

                    continue;
                }

                return message;
            }
            catch (Exception e) when (IsBadContent(e) && !cancellationToken.IsCancellationRequested)
            {
                log.WriteLine($"Unreadable message: {e.GetType().Name}: {e.Message}");
                // Text that is not JSON fails in the reader; JSON that is not a JSON-RPC message fails after it.
                var parseError = e is JsonException && e.GetType().Name == "JsonReaderException";
                await WriteAsync(
                    Error(RequestId.Null, parseError ? JsonRpcErrorCode.ParseError : JsonRpcErrorCode.InvalidRequest, (parseError ? "Parse error: " : "Invalid request: ") + e.Message),
                    cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsBadContent(Exception e) =>
        e is not (OperationCanceledException or ObjectDisposedException or EndOfStreamException or IOException or BadRpcHeaderException);

    private JsonRpcError Error(RequestId id, JsonRpcErrorCode code, string message)
    {
        var error = (Formatter as IJsonRpcMessageFactory)?.CreateErrorMessage() ?? new JsonRpcError();
        error.RequestId = id;
        error.Error = new JsonRpcError.ErrorDetail { Code = code, Message = message };
        return error;
    }
}
