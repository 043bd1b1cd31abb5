using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Server;
using SunEs.LanguageServer.Tests.Infrastructure;
using SunEs.LanguageServer.Text;
using SunEs.LanguageServer.Workspaces;
using SunEs.Text;

namespace SunEs.LanguageServer.Tests.Features;

/// <summary>What the analyses keep and reuse, how positions move between versions, and the budget of huge workspaces.</summary>
public sealed class AnalysisTests
{
    [Fact]
    public async Task An_unchanged_document_keeps_its_parsed_tree_from_snapshot_to_snapshot()
    {
        var workspace = TestWorkspace.FromTexts(("a.sunes", Samples.A), ("b.sunes", Samples.B));
        var before = workspace.Current;
        await before.GetCompilationAsync(CancellationToken.None);

        workspace.Change(new VersionedTextDocumentIdentifier(TestWorkspace.Uri("b.sunes"), 2), [new TextDocumentContentChangeEvent(Samples.B + "\n")]);
        var after = workspace.Current;

        Assert.Same(before.Find(TestWorkspace.Uri("a.sunes")), after.Find(TestWorkspace.Uri("a.sunes")));
        Assert.True(after.Find(TestWorkspace.Uri("a.sunes"))!.IsParsed);
        Assert.False(after.Find(TestWorkspace.Uri("b.sunes"))!.IsParsed);
        var compilation = await after.GetCompilationAsync(CancellationToken.None);
        Assert.Contains(compilation.Trees, tree => ReferenceEquals(tree, before.Find(TestWorkspace.Uri("a.sunes"))!.Tree));
    }

    [Fact]
    public async Task A_file_opened_as_it_is_on_disk_keeps_its_tree_and_the_analysis_is_not_bound_again()
    {
        var workspace = TestWorkspace.Corpus();
        var uri = TestWorkspace.CorpusUri("2023-28.sunes");
        var onDisk = workspace.Current;
        var analysed = await onDisk.GetCompilationAsync(CancellationToken.None);

        workspace.Open(new TextDocumentItem(uri, "sunes", 1, onDisk.Find(uri)!.Text.Content));
        var opened = workspace.Current;

        Assert.NotSame(onDisk, opened);
        Assert.Equal(1, opened.Find(uri)!.Version);
        Assert.Same(onDisk.Find(uri)!.Tree, opened.Find(uri)!.Tree);
        Assert.Same(analysed, await opened.GetCompilationAsync(CancellationToken.None));
        Assert.Same(opened, workspace.Analyses.Latest!.Snapshot);
    }

    [Fact]
    public async Task A_change_that_gives_back_the_analysed_text_reuses_the_analysis_and_any_other_text_is_bound_again()
    {
        var workspace = TestWorkspace.FromTexts(("a.sunes", Samples.A), ("b.sunes", Samples.B));
        var analysed = await workspace.Current.GetCompilationAsync(CancellationToken.None);
        var uri = TestWorkspace.Uri("b.sunes");

        workspace.Change(new VersionedTextDocumentIdentifier(uri, 2), [new TextDocumentContentChangeEvent(Samples.B)]);
        Assert.Same(analysed, await workspace.Current.GetCompilationAsync(CancellationToken.None));

        workspace.Change(new VersionedTextDocumentIdentifier(uri, 3), [new TextDocumentContentChangeEvent(Samples.B + "\n")]);
        Assert.NotSame(analysed, await workspace.Current.GetCompilationAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_latest_analysis_is_the_newest_finished_one_and_a_superseded_one_is_never_recorded()
    {
        var workspace = TestWorkspace.FromTexts(("a.sunes", Samples.A));
        Assert.Null(workspace.Analyses.Latest);
        var first = workspace.Current;
        await first.GetCompilationAsync(CancellationToken.None);
        workspace.Open(new TextDocumentItem(TestWorkspace.Uri("b.sunes"), "sunes", 1, Samples.B));
        var superseded = workspace.Current;
        workspace.Change(new VersionedTextDocumentIdentifier(TestWorkspace.Uri("b.sunes"), 2), [new TextDocumentContentChangeEvent(Samples.B + "\n")]);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => superseded.GetCompilationAsync(CancellationToken.None));
        Assert.Same(first, workspace.Analyses.Latest!.Snapshot);
        await workspace.Current.GetCompilationAsync(CancellationToken.None);
        Assert.Same(workspace.Current, workspace.Analyses.Latest!.Snapshot);
    }

    [Fact]
    public void Offsets_move_across_the_changed_lines_and_the_changed_lines_map_to_nothing()
    {
        var older = new SourceText("t", "un\ndeux\ntrois\nquatre\n");
        var newer = new SourceText("t", "un\ndeux et demi\ntrois bis\nquatre\n");
        var lines = new ChangedLines(older, newer);

        Assert.Equal(1, lines.ToNewer(1));
        Assert.Null(lines.ToNewer(3));
        Assert.Null(lines.ToNewer("un\ndeux\ntrois".Length));
        Assert.Equal("un\ndeux et demi\ntrois bis\n".Length, lines.ToNewer("un\ndeux\ntrois\n".Length));
        Assert.Equal("un\ndeux\ntrois\nqu".Length, lines.ToOlder("un\ndeux et demi\ntrois bis\nqu".Length));
        Assert.Null(lines.ToOlder("un\ndeux et".Length));
        Assert.Null(lines.ToNewer(new TextSpan(2, 3)));
        Assert.Equal(new TextSpan(0, 2), lines.ToNewer(new TextSpan(0, 2)));
    }

    [Fact]
    public void Identical_versions_map_every_offset_to_itself()
    {
        var text = new SourceText("t", "un\ndeux\n");
        var lines = new ChangedLines(text, new SourceText("t", "un\ndeux\n"));

        Assert.All(Enumerable.Range(0, text.Length + 1), offset => Assert.Equal(offset, lines.ToNewer(offset)));
    }

    [Fact]
    public void A_workspace_over_the_eager_limit_waits_for_its_texts_to_be_still_in_proportion_to_its_size()
    {
        var options = new ServerOptions { EagerAnalysisLimit = 1_000, DiagnosticsDelay = TimeSpan.FromMilliseconds(100), AnalysisDelay = TimeSpan.FromMilliseconds(10) };
        var scheduler = new AnalysisScheduler(options);

        Assert.Equal(TimeSpan.FromMilliseconds(10), scheduler.QuietPeriod(TestWorkspace.FromTexts(("a.sunes", new string('x', 1_000))).Current));
        Assert.Equal(TimeSpan.FromMilliseconds(300), scheduler.QuietPeriod(TestWorkspace.FromTexts(("a.sunes", new string('x', 2_500))).Current));
    }
}
