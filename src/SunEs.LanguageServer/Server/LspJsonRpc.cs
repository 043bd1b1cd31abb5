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
internal sealed class LspJsonRpc : JsonRpc
{
    private readonly TextWriter _log;
    private readonly EarlyCancellationStrategy _cancellation;

    public LspJsonRpc(IJsonRpcMessageHandler handler, TextWriter log)
        : base(handler)
    {
        _log = log;
        CancellationStrategy = _cancellation = new EarlyCancellationStrategy(CancellationStrategy ?? throw new InvalidOperationException("JSON-RPC has no cancellation strategy."));
    }

    /// <summary>Tells the cancellation strategy of every $/cancelRequest, before JSON-RPC's own handling (which drops one whose request has not started).</summary>
    protected override ValueTask<JsonRpcMessage> DispatchRequestAsync(JsonRpcRequest request, TargetMethod targetMethod, CancellationToken cancellationToken)
    {
        if (request.Method == "$/cancelRequest" && request.TryGetArgumentByNameOrIndex("id", 0, typeof(RequestId), out var id) && id is RequestId requestId)
        {
            _cancellation.CancellationReceived(requestId);
        }

        return base.DispatchRequestAsync(request, targetMethod, cancellationToken);
    }

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

        _log.WriteLine($"{request.Method} failed: {exception}");
        return new JsonRpcError.ErrorDetail
        {
            Code = (JsonRpcErrorCode)LspErrorCodes.InternalError,
            Message = $"{request.Method} failed: {exception.GetType().Name}: {exception.Message}",
        };
    }
}
