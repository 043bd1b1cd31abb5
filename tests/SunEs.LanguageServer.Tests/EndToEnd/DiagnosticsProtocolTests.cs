using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Server;
using SunEs.LanguageServer.Tests.Infrastructure;
using SunEs.LanguageServer.Text;

namespace SunEs.LanguageServer.Tests.EndToEnd;

public sealed class DiagnosticsProtocolTests : IDisposable
{
    private static readonly string BrokenB = Samples.B.Replace("fenêtre F2 modifiée", "fenêtre F2 modifiée\n    report vers F9");
    private readonly string _root = Directory.CreateTempSubdirectory("sunes-lsp-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Opening_a_document_publishes_its_diagnostics_with_its_version()
    {
        await using var session = LspTestSession.Start();
        await session.InitializeAsync();
        await session.OpenAsync(TestWorkspace.Uri("a.sunes"), Samples.A);
        await session.OpenAsync(TestWorkspace.Uri("b.sunes"), BrokenB, version: 5);
        var published = await session.DiagnosticsForAsync(TestWorkspace.Uri("b.sunes"), p => p.Version == 5);
        var diagnostic = Assert.Single(published.Diagnostics);
        Assert.Equal("SUN0201", diagnostic.Code);
        Assert.Equal("Fenêtre inconnue « F9 » (vouliez-vous dire « F1 » ou « F2 » ?).", diagnostic.Message);
    }

    [Fact]
    public async Task An_incremental_change_republishes_with_the_new_version()
    {
        await using var session = LspTestSession.Start();
        await session.InitializeAsync();
        await session.OpenAsync(TestWorkspace.Uri("a.sunes"), Samples.A);
        await session.OpenAsync(TestWorkspace.Uri("b.sunes"), BrokenB);
        await session.DiagnosticsForAsync(TestWorkspace.Uri("b.sunes"), p => p.Version == 1 && p.Diagnostics.Count == 1);

        await session.NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(
            new VersionedTextDocumentIdentifier(TestWorkspace.Uri("b.sunes"), 2),
            [new TextDocumentContentChangeEvent(string.Empty, new Protocol.Range(new Position(5, 19), new Position(6, 18)))]));
        var published = await session.DiagnosticsForAsync(TestWorkspace.Uri("b.sunes"), p => p.Version == 2);
        Assert.Empty(published.Diagnostics);
    }

    [Fact]
    public async Task Rapid_changes_are_debounced_into_one_publication_of_the_last_version()
    {
        await using var session = LspTestSession.Start(LspTestSession.DefaultOptions with { DiagnosticsDelay = TimeSpan.FromMilliseconds(300) });
        await session.InitializeAsync();
        var uri = TestWorkspace.Uri("a.sunes");
        await session.OpenAsync(uri, Samples.A);
        for (var version = 2; version <= 6; version++)
        {
            await session.NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), [new TextDocumentContentChangeEvent(Samples.A + new string('\n', version))]));
        }

        var published = await session.DiagnosticsForAsync(uri);
        Assert.Equal(6, published.Version);
    }

    [Fact]
    public async Task Messages_follow_the_clients_locale()
    {
        await using var session = LspTestSession.Start();
        await session.InitializeAsync(locale: "en-US");
        await session.OpenAsync(TestWorkspace.Uri("a.sunes"), Samples.A);
        await session.OpenAsync(TestWorkspace.Uri("b.sunes"), BrokenB);
        var published = await session.DiagnosticsForAsync(TestWorkspace.Uri("b.sunes"), p => p.Diagnostics.Count > 0);
        Assert.Equal("Unknown window 'F9' (did you mean 'F1' or 'F2'?).", published.Diagnostics[0].Message);
    }

    [Fact]
    public async Task Closing_a_document_that_is_not_on_disk_clears_its_diagnostics()
    {
        await using var session = LspTestSession.Start();
        await session.InitializeAsync();
        await session.OpenAsync(TestWorkspace.Uri("a.sunes"), Samples.A);
        await session.OpenAsync(TestWorkspace.Uri("b.sunes"), BrokenB);
        await session.DiagnosticsForAsync(TestWorkspace.Uri("b.sunes"), p => p.Diagnostics.Count == 1);
        await session.NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(TestWorkspace.Uri("b.sunes"))));
        var cleared = await session.DiagnosticsForAsync(TestWorkspace.Uri("b.sunes"));
        Assert.Empty(cleared.Diagnostics);
        Assert.Null(cleared.Version);
    }

    [Fact]
    public async Task Files_of_the_workspace_folder_are_published_without_version_and_refreshed_when_they_change()
    {
        var a = Path.Combine(_root, "a.sunes");
        File.WriteAllText(a, Samples.A);
        await using var session = LspTestSession.Start();
        await session.InitializeAsync(rootUri: DocumentUris.FromPath(_root));
        var first = await session.DiagnosticsForAsync(DocumentUris.FromPath(a));
        Assert.Null(first.Version);
        Assert.Empty(first.Diagnostics);

        var b = Path.Combine(_root, "b.sunes");
        File.WriteAllText(b, BrokenB);
        await session.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(DocumentUris.FromPath(b), FileChangeType.Created)]));
        var published = await session.DiagnosticsForAsync(DocumentUris.FromPath(b));
        Assert.Equal("SUN0201", Assert.Single(published.Diagnostics).Code);

        File.Delete(b);
        await session.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(DocumentUris.FromPath(b), FileChangeType.Deleted)]));
        Assert.Empty((await session.DiagnosticsForAsync(DocumentUris.FromPath(b))).Diagnostics);
    }

    [Fact]
    public async Task Nothing_is_published_before_the_client_says_initialized()
    {
        File.WriteAllText(Path.Combine(_root, "b.sunes"), BrokenB);
        await using var session = LspTestSession.Start();
        await session.RequestAsync<InitializeResult>("initialize", new InitializeParams { RootUri = DocumentUris.FromPath(_root) });
        await Task.Delay(300);
        Assert.False(session.Diagnostics.TryRead(out _));
        await session.NotifyAsync("initialized", new { });
        Assert.NotEmpty((await session.DiagnosticsForAsync(DocumentUris.FromPath(Path.Combine(_root, "b.sunes")))).Diagnostics);
    }

    [Fact]
    public async Task Workspace_folders_given_at_initialisation_and_added_later_are_analysed()
    {
        var one = Directory.CreateDirectory(Path.Combine(_root, "one")).FullName;
        var two = Directory.CreateDirectory(Path.Combine(_root, "two")).FullName;
        File.WriteAllText(Path.Combine(one, "a.sunes"), Samples.A);
        File.WriteAllText(Path.Combine(two, "b.sunes"), BrokenB);
        await using var session = LspTestSession.Start();
        await session.RequestAsync<InitializeResult>("initialize", new InitializeParams { WorkspaceFolders = [new WorkspaceFolder(DocumentUris.FromPath(one), "one")] });
        await session.NotifyAsync("initialized", new { });
        await session.DiagnosticsForAsync(DocumentUris.FromPath(Path.Combine(one, "a.sunes")));

        await session.NotifyAsync("workspace/didChangeWorkspaceFolders", new DidChangeWorkspaceFoldersParams(
            new WorkspaceFoldersChangeEvent([new WorkspaceFolder(DocumentUris.FromPath(two), "two")], [])));
        var published = await session.DiagnosticsForAsync(DocumentUris.FromPath(Path.Combine(two, "b.sunes")));
        Assert.Equal("SUN0201", Assert.Single(published.Diagnostics).Code);
    }
}
