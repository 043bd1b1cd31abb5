using SunEs.Diagnostics;
using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Features.Completion;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.LanguageServer.Workspaces;

namespace SunEs.Benchmarks.Workloads;

/// <summary>
/// The language server's service layer driven in-process, as the protocol handlers drive it:
/// a workspace with one open document, edits applied through <see cref="Workspace.Change"/>,
/// diagnostics computed on the new snapshot, completion asked on a snapshot. No JSON-RPC and
/// no debounce delay: what is measured is the analysis the user waits for after the debounce.
/// </summary>
public sealed class EditorSession
{
    private readonly Workspace _workspace = new(TextWriter.Null);
    private readonly string _uri;
    private readonly Position _editStart;
    private readonly Position _editEnd;
    private readonly string _original;
    private int _version = 1;
    private bool _broken;

    /// <summary>Opens <paramref name="path"/> with <paramref name="text"/>; <paramref name="workspaceFolder"/> (may be null) brings the other texts of its folder.</summary>
    public EditorSession(string path, string text, string? workspaceFolder)
    {
        if (workspaceFolder is not null)
        {
            _workspace.AddRoots([DocumentUris.FromPath(workspaceFolder)]);
        }

        _uri = DocumentUris.FromPath(path);
        _workspace.Open(new TextDocumentItem(_uri, "sunes", _version, text));

        // The edit: the last letter of the datum named by the first forfait, turned into an unknown name and back.
        CompletionOffset = text.IndexOf("forfait = ", StringComparison.Ordinal) + "forfait = ".Length;
        var nameEnd = CompletionOffset;
        while (nameEnd < text.Length && (char.IsLetterOrDigit(text[nameEnd]) || text[nameEnd] == '_'))
        {
            nameEnd++;
        }

        _original = text[(nameEnd - 1)..nameEnd];
        _editStart = PositionOf(text, nameEnd - 1);
        _editEnd = PositionOf(text, nameEnd);
    }

    /// <summary>Just after « forfait = »: completion offers the data of the texts.</summary>
    public int CompletionOffset { get; }

    /// <summary>One keystroke's worth of change (a name made unknown, or restored), then every diagnostic of the document; returns their count.</summary>
    public int EditAndDiagnose()
    {
        _broken = !_broken;
        _workspace.Change(new VersionedTextDocumentIdentifier(_uri, ++_version),
            [new TextDocumentContentChangeEvent(_broken ? "Ж" : _original, new LanguageServer.Protocol.Range(_editStart, _editEnd))]);
        var snapshot = _workspace.Current;
        var compilation = snapshot.GetCompilationAsync(CancellationToken.None).GetAwaiter().GetResult();
        return DiagnosticConverter.ConvertAll(compilation, snapshot.Find(_uri)!.Text, MessageLanguage.French).Count;
    }

    /// <summary>Completion at <see cref="CompletionOffset"/> on the current snapshot (its compilation already computed, as after the diagnostics).</summary>
    public int Complete()
    {
        var snapshot = _workspace.Current;
        var compilation = snapshot.GetCompilationAsync(CancellationToken.None).GetAwaiter().GetResult();
        var context = new FeatureContext(snapshot, snapshot.Find(_uri)!, compilation, MessageLanguage.French, new DateOnly(2023, 4, 1));
        return CompletionService.Complete(context, CompletionOffset, snippets: true).Items.Count;
    }

    private static Position PositionOf(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var index = 0; index < offset; index++)
        {
            if (text[index] == '\n')
            {
                line++;
                lineStart = index + 1;
            }
        }

        return new Position(line, offset - lineStart);
    }
}
