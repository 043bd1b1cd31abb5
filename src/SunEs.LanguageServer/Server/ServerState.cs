using SunEs.Diagnostics;
using SunEs.LanguageServer.Protocol;

namespace SunEs.LanguageServer.Server;

public enum Lifecycle
{
    /// <summary>Waiting for initialize: requests get ServerNotInitialized, notifications are dropped.</summary>
    Created,
    Initialized,

    /// <summary>After shutdown: requests get InvalidRequest, only exit is expected.</summary>
    ShutDown,
    Exited,
}

/// <summary>The lifecycle of the session and what the client said about itself at initialisation.</summary>
public sealed class ServerState
{
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile Lifecycle _lifecycle = Lifecycle.Created;

    public Lifecycle Lifecycle => _lifecycle;

    public MessageLanguage Language { get; private set; } = MessageLanguage.French;

    public bool SnippetSupport { get; private set; }

    public bool WatchedFilesRegistration { get; private set; }

    /// <summary>True once the client sent initialized: from then on the server may send it notifications.</summary>
    public bool ClientReady { get; private set; }

    /// <summary>Completes with the process exit code when the client sends exit: 0 after shutdown, 1 otherwise.</summary>
    public Task<int> Exit => _exit.Task;

    public void Initialize(InitializeParams parameters)
    {
        Language = MessageLanguages.TryParse(parameters.Locale, out var language) ? language : MessageLanguage.French;
        SnippetSupport = parameters.Capabilities?.TextDocument?.Completion?.CompletionItem?.SnippetSupport == true;
        WatchedFilesRegistration = parameters.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
        _lifecycle = Lifecycle.Initialized;
    }

    public void MarkClientReady() => ClientReady = true;

    public void ShutDown() => _lifecycle = Lifecycle.ShutDown;

    public void Exited()
    {
        var code = _lifecycle == Lifecycle.ShutDown ? 0 : 1;
        _lifecycle = Lifecycle.Exited;
        _exit.TrySetResult(code);
    }
}
