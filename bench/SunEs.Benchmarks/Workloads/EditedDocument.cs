using SunEs.LanguageServer.Protocol;

namespace SunEs.Benchmarks.Workloads;

/// <summary>
/// A document open in an <see cref="EditorSession"/> and the keystroke the editor benchmarks
/// repeat: the last letter of the datum named by the first forfait turned into an unknown name,
/// then restored, one version at a time.
/// </summary>
public sealed class EditedDocument
{
    private readonly EditorSession _session;
    private readonly LanguageServer.Protocol.Range _edit;
    private readonly string _original;
    private bool _broken;

    public EditedDocument(EditorSession session, string uri, string text)
    {
        _session = session;
        Uri = uri;
        var afterForfait = text.IndexOf("forfait = ", StringComparison.Ordinal) + "forfait = ".Length;
        var nameEnd = afterForfait;
        while (nameEnd < text.Length && (char.IsLetterOrDigit(text[nameEnd]) || text[nameEnd] == '_'))
        {
            nameEnd++;
        }

        _original = text[(nameEnd - 1)..nameEnd];
        _edit = new LanguageServer.Protocol.Range(PositionOf(text, nameEnd - 1), PositionOf(text, nameEnd));
        CompletionPosition = PositionOf(text, afterForfait);
        session.Open(uri, text);
    }

    public string Uri { get; }

    public int Version { get; private set; } = 1;

    /// <summary>Just after « forfait = », on the line the keystroke changes: completion offers the data there.</summary>
    public Position CompletionPosition { get; }

    /// <summary>Types the keystroke; returns the new version.</summary>
    public int Edit()
    {
        _broken = !_broken;
        _session.Change(Uri, ++Version, _edit, _broken ? "Ж" : _original);
        return Version;
    }

    /// <summary>Waits until the diagnostics of the current version are published (the analysis of the last keystroke is over).</summary>
    public void Settle() => _session.Wait(_session.Published(Uri, Version));

    public static Position PositionOf(string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var lineStart = before.LastIndexOf('\n') + 1;
        return new Position(before.Count('\n'), offset - lineStart);
    }
}
