namespace SunEs.LanguageServer;

/// <summary>A request that cannot be answered: becomes a JSON-RPC error with <see cref="Code"/>.</summary>
public sealed class LspException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
