using SunEs.LanguageServer.Protocol;

namespace SunEs.LanguageServer.Server;

/// <summary>
/// The lifecycle rules of the protocol, applied to messages in the order they are read, before
/// any handler runs: before initialize, requests get ServerNotInitialized and notifications are
/// dropped; initialize is accepted once; after shutdown, requests get InvalidRequest; exit is
/// always accepted.
/// </summary>
internal sealed class ProtocolGate
{
    private bool _initializeSeen;
    private bool _shutdownSeen;

    /// <summary>The error a message must get (null: dispatch it). Called by the single reading loop, in order.</summary>
    public (int Code, string Message)? Admit(string method)
    {
        if (method == "exit")
        {
            return null;
        }

        if (!_initializeSeen)
        {
            if (method == "initialize")
            {
                _initializeSeen = true;
                return null;
            }

            return (LspErrorCodes.ServerNotInitialized, "The server is not initialized: send initialize first.");
        }

        if (method == "initialize")
        {
            return (LspErrorCodes.InvalidRequest, "initialize may be sent only once.");
        }

        if (_shutdownSeen)
        {
            return (LspErrorCodes.InvalidRequest, "The server is shut down: only exit is accepted.");
        }

        _shutdownSeen = method == "shutdown";
        return null;
    }
}
