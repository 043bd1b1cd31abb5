using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;
using SunEs.LanguageServer.Text;
using SunEs.LanguageServer.Workspaces;

namespace SunEs.LanguageServer.Tests.Features;

public sealed class WorkspaceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sunes-lsp-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private Workspace Scanned()
    {
        var workspace = new Workspace(TextWriter.Null);
        workspace.AddRoots([DocumentUris.FromPath(_root)]);
        return workspace;
    }

    private static string Text(Workspace workspace, string uri) => workspace.Current.Find(uri)!.Text.Content;

    [Fact]
    public void Changes_of_one_notification_apply_in_order_each_to_the_previous_result()
    {
        var workspace = TestWorkspace.FromTexts(("a.sunes", "ligne un\nligne deux\n"));
        var uri = TestWorkspace.Uri("a.sunes");
        workspace.Change(new VersionedTextDocumentIdentifier(uri, 2),
        [
            new TextDocumentContentChangeEvent("UN", new Protocol.Range(new Position(0, 6), new Position(0, 8))),
            new TextDocumentContentChangeEvent("!", new Protocol.Range(new Position(0, 8), new Position(0, 8))),
            new TextDocumentContentChangeEvent("2", new Protocol.Range(new Position(1, 6), new Position(1, 10))),
        ]);
        Assert.Equal("ligne UN!\nligne 2\n", Text(workspace, uri));
        Assert.Equal(2, workspace.Current.Find(uri)!.Version);

        workspace.Change(new VersionedTextDocumentIdentifier(uri, 3), [new TextDocumentContentChangeEvent("tout neuf")]);
        Assert.Equal("tout neuf", Text(workspace, uri));
    }

    [Fact]
    public void Positions_count_utf16_code_units()
    {
        var workspace = TestWorkspace.FromTexts(("a.sunes", "« 😀 » fenêtre\n"));
        var uri = TestWorkspace.Uri("a.sunes");
        workspace.Change(new VersionedTextDocumentIdentifier(uri, 2), [new TextDocumentContentChangeEvent("F", new Protocol.Range(new Position(0, 7), new Position(0, 14)))]);
        Assert.Equal("« 😀 » F\n", Text(workspace, uri));
    }

    [Fact]
    public async Task Snapshots_are_immutable_and_compile_once()
    {
        var workspace = TestWorkspace.FromTexts(("a.sunes", Samples.A));
        var before = workspace.Current;
        var compilation = await before.GetCompilationAsync(CancellationToken.None);
        Assert.Same(compilation, await before.GetCompilationAsync(CancellationToken.None));
        workspace.Change(new VersionedTextDocumentIdentifier(TestWorkspace.Uri("a.sunes"), 2), [new TextDocumentContentChangeEvent("")]);
        Assert.Equal(Samples.A, before.Find(TestWorkspace.Uri("a.sunes"))!.Text.Content);
        Assert.True(workspace.Current.Sequence > before.Sequence);
        Assert.NotSame(compilation, await workspace.Current.GetCompilationAsync(CancellationToken.None));
    }

    [Fact]
    public void Every_sunes_file_under_the_folder_is_read_except_build_output()
    {
        Write("a.sunes", Samples.A);
        Write("sub/b.SUNES", Samples.B);
        Write("bin/c.sunes", "ignored");
        Write("node_modules/d.sunes", "ignored");
        Write("notes.txt", "ignored");
        var documents = Scanned().Current.Documents.Keys.Select(k => Path.GetRelativePath(_root, k)).ToList();
        Assert.Equal(["a.sunes", Path.Combine("sub", "b.SUNES")], documents);
    }

    [Fact]
    public void Open_documents_override_disk_and_closing_returns_to_disk()
    {
        var path = Write("a.sunes", Samples.A);
        var workspace = Scanned();
        var uri = DocumentUris.FromPath(path);
        workspace.Open(new TextDocumentItem(uri, "sunes", 7, "edited"));
        Assert.Equal("edited", Text(workspace, uri));
        Assert.True(workspace.Current.Find(uri)!.IsOpen);

        workspace.Close(uri);
        Assert.Equal(Samples.A, Text(workspace, uri));
        Assert.Null(workspace.Current.Find(uri)!.Version);

        workspace.Open(new TextDocumentItem("untitled:Untitled-1", "sunes", 1, "x"));
        Assert.NotNull(workspace.Current.Find("untitled:Untitled-1"));
        workspace.Close("untitled:Untitled-1");
        Assert.Null(workspace.Current.Find("untitled:Untitled-1"));
    }

    [Fact]
    public void Watched_file_events_refresh_the_disk_documents()
    {
        var workspace = Scanned();
        var path = Write("new.sunes", Samples.A);
        var uri = DocumentUris.FromPath(path);
        workspace.FilesChanged([new FileEvent(uri, FileChangeType.Created)]);
        Assert.Equal(Samples.A, Text(workspace, uri));

        File.WriteAllText(path, Samples.B);
        workspace.FilesChanged([new FileEvent(uri, FileChangeType.Changed)]);
        Assert.Equal(Samples.B, Text(workspace, uri));

        File.Delete(path);
        workspace.FilesChanged([new FileEvent(uri, FileChangeType.Deleted)]);
        Assert.Null(workspace.Current.Find(uri));

        var outside = Path.Combine(Path.GetTempPath(), "outside-" + Guid.NewGuid() + ".sunes");
        workspace.FilesChanged([new FileEvent(DocumentUris.FromPath(outside), FileChangeType.Created)]);
        Assert.Empty(workspace.Current.Documents);
    }

    [Fact]
    public void Deleting_a_folder_removes_its_documents()
    {
        Write("sub/a.sunes", Samples.A);
        Write("b.sunes", Samples.B);
        var workspace = Scanned();
        workspace.FilesChanged([new FileEvent(DocumentUris.FromPath(Path.Combine(_root, "sub")), FileChangeType.Deleted)]);
        Assert.Equal(["b.sunes"], workspace.Current.Documents.Keys.Select(Path.GetFileName));
    }

    [Fact]
    public void Workspace_folders_can_be_added_and_removed()
    {
        Write("one/a.sunes", Samples.A);
        Write("two/b.sunes", Samples.B);
        var workspace = new Workspace(TextWriter.Null);
        workspace.AddRoots([DocumentUris.FromPath(Path.Combine(_root, "one")), DocumentUris.FromPath(Path.Combine(_root, "two"))]);
        Assert.Equal(2, workspace.Current.Documents.Count);
        workspace.RemoveRoots([DocumentUris.FromPath(Path.Combine(_root, "one"))]);
        Assert.Equal(["b.sunes"], workspace.Current.Documents.Keys.Select(Path.GetFileName));
    }

    [Fact]
    public void A_document_is_the_same_however_its_uri_is_escaped()
    {
        var path = Write("fenêtres é.sunes", Samples.A);
        var workspace = Scanned();
        Assert.NotNull(workspace.Current.Find("file://" + path.Replace(" ", "%20", StringComparison.Ordinal)));
        Assert.NotNull(workspace.Current.Find(new Uri(path).AbsoluteUri));

        var clientUri = "file://" + path.Replace("ê", "%C3%AA", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);
        workspace.Open(new TextDocumentItem(clientUri, "sunes", 1, Samples.A));
        workspace.Close(clientUri);
        Assert.Equal(clientUri, Assert.Single(workspace.Current.Documents.Values).Uri);
    }

    [Fact]
    public void Unknown_documents_are_invalid_parameters()
    {
        var error = Assert.Throws<LspException>(() => TestWorkspace.FromTexts().Current.Get(new TextDocumentIdentifier("file:///nowhere.sunes")));
        Assert.Equal(LspErrorCodes.InvalidParams, error.Code);
    }
}
