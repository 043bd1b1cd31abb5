using System.Reflection;
using System.Text.Json;
using SunEs.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace SunEs.LanguageServer.Server;

/// <summary>
/// JSON-RPC where any failure of a handler becomes an error response: the code of an
/// <see cref="LspException"/>, InvalidParams for parameters that do not deserialize, else
/// InternalError — so that one bug never stops the server.
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler, TextWriter log) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        while (exception is TargetInvocationException or AggregateException && exception.InnerException is { } inner)
        {
            exception = inner;
        }

        if (exception is LspException lsp)
        {
            return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)lsp.Code, Message = lsp.Message };
        }

        if (exception is JsonException or RpcArgumentDeserializationException)
        {
            return new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = $"Invalid parameters for {request.Method}: {exception.Message}" };
        }

        log.WriteLine($"{request.Method} failed: {exception}");
        return new JsonRpcError.ErrorDetail
        {
            Code = (JsonRpcErrorCode)LspErrorCodes.InternalError,
            Message = $"{request.Method} failed: {exception.GetType().Name}: {exception.Message}",
        };
    }
}
