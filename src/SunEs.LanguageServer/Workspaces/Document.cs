using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.LanguageServer.Workspaces;

/// <summary>
/// One immutable version of a document: its text (from the editor or from disk) and its syntax
/// tree, parsed on first use and shared by every snapshot that holds this same version, and by
/// the next version when its text is the same (a file opened as it is on disk).
/// </summary>
public sealed class Document
{
    private readonly Lazy<SyntaxTree> _tree;

    public Document(string key, string uri, SourceText text, int? version, bool isOpen)
    {
        Key = key;
        Uri = uri;
        Text = text;
        Version = version;
        IsOpen = isOpen;
        _tree = new Lazy<SyntaxTree>(() => SyntaxParser.Parse(text), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private Document(Document sameText, string uri, int? version, bool isOpen)
    {
        Key = sameText.Key;
        Uri = uri;
        Text = sameText.Text;
        Version = version;
        IsOpen = isOpen;
        _tree = sameText._tree;
    }

    /// <summary>
    /// This document as <paramref name="text"/> says it is: when the text is the same, the version
    /// shares this one's text and tree (so an analysis that read them stays valid), else it is new.
    /// </summary>
    public Document WithText(string uri, SourceText text, int? version, bool isOpen) =>
        text.Path == Text.Path && text.Content == Text.Content ? new Document(this, uri, version, isOpen) : new Document(Key, uri, text, version, isOpen);

    /// <summary>The identity of the document in the workspace (a full path for files).</summary>
    public string Key { get; }

    /// <summary>The URI to send back to the client.</summary>
    public string Uri { get; }

    public SourceText Text { get; }

    /// <summary>The editor's version of an open document; null for a file read from disk.</summary>
    public int? Version { get; }

    public bool IsOpen { get; }

    /// <summary>The syntax tree, parsed on first use (by the analysis, usually).</summary>
    public SyntaxTree Tree => _tree.Value;

    /// <summary>True once the tree is parsed: reading <see cref="Tree"/> then costs nothing and waits for nothing.</summary>
    public bool IsParsed => _tree.IsValueCreated;
}
