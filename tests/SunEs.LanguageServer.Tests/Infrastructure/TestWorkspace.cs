using SunEs.Diagnostics;
using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Workspaces;

namespace SunEs.LanguageServer.Tests.Infrastructure;

/// <summary>Workspaces of open documents for feature tests, and the feature context of one of them.</summary>
internal static class TestWorkspace
{
    public static readonly DateOnly Today = new(2025, 6, 15);

    public static string Uri(string name) => "file:///test/" + name;

    public static Workspace FromTexts(params (string Name, string Text)[] files)
    {
        var workspace = new Workspace(TextWriter.Null);
        foreach (var (name, text) in files)
        {
            workspace.Open(new TextDocumentItem(Uri(name), "sunes", 1, text));
        }

        return workspace;
    }

    /// <summary>The real corpus (instructions/*.sunes), opened under its own paths.</summary>
    public static Workspace Corpus()
    {
        var workspace = new Workspace(TextWriter.Null);
        workspace.AddRoots([Text.DocumentUris.FromPath(RepoRoot.Instructions)]);
        return workspace;
    }

    public static string CorpusUri(string file) => Text.DocumentUris.FromPath(Path.Combine(RepoRoot.Instructions, file));

    public static FeatureContext Context(Workspace workspace, string uri, DateOnly? today = null, MessageLanguage language = MessageLanguage.French)
    {
        var snapshot = workspace.Current;
        var document = snapshot.Get(new TextDocumentIdentifier(uri));
        return new FeatureContext(snapshot, document, snapshot.GetCompilationAsync(CancellationToken.None).GetAwaiter().GetResult(), language, today ?? Today);
    }

    /// <summary>The context of a sample with a $0 marker (plus other documents), and the marker's offset.</summary>
    public static (FeatureContext Context, int Offset) At(string marked, params (string Name, string Text)[] others)
    {
        var (text, offset) = Marked.Parse(marked);
        var workspace = FromTexts([("sample.sunes", text), .. others]);
        return (Context(workspace, Uri("sample.sunes")), offset);
    }

    /// <summary>The offset of <paramref name="needle"/> (its n-th occurrence) in a document, plus a delta.</summary>
    public static int Find(FeatureContext context, string needle, int delta = 0, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = context.Text.Content.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"« {needle} » (occurrence {occurrence}) not found");
        }

        return index + delta;
    }
}
