using System.Collections.Immutable;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Text;

namespace SunEs.LanguageServer.Workspaces;

/// <summary>
/// The documents the server analyses: every *.sunes file under the workspace folders, read from
/// disk, with the documents open in the editor taking precedence. Changes arrive in protocol
/// order (the server dispatches notifications one at a time, in the order received) and each
/// one produces a new immutable <see cref="WorkspaceSnapshot"/>, analysed by its <see cref="AnalysisQueue"/>.
/// </summary>
public sealed class Workspace
{
    private static readonly string[] IgnoredDirectories = ["bin", "obj", "node_modules", ".git", ".vs", ".idea"];

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Document> _disk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Document> _open = new(StringComparer.Ordinal);
    private readonly List<string> _roots = [];
    private readonly TextWriter _log;
    private WorkspaceSnapshot _current;

    public Workspace(TextWriter log, AnalysisQueue? analyses = null)
    {
        _log = log;
        Analyses = analyses ?? new AnalysisQueue();
        _current = WorkspaceSnapshot.CreateEmpty(Analyses);
    }

    /// <summary>Raised after each change with the new snapshot.</summary>
    public event Action<WorkspaceSnapshot>? Changed;

    public WorkspaceSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Where the snapshots are analysed, and the latest analysis that finished.</summary>
    public AnalysisQueue Analyses { get; }

    public IReadOnlyList<string> Roots
    {
        get
        {
            lock (_lock)
            {
                return _roots.ToList();
            }
        }
    }

    public void AddRoots(IEnumerable<string> uris) => Update(() =>
    {
        foreach (var uri in uris)
        {
            if (DocumentUris.TryGetPath(uri, out var root) && !_roots.Contains(root))
            {
                _roots.Add(root);
                foreach (var file in Scan(root))
                {
                    ReadFromDisk(file);
                }
            }
        }
    });

    public void RemoveRoots(IEnumerable<string> uris) => Update(() =>
    {
        foreach (var uri in uris)
        {
            if (DocumentUris.TryGetPath(uri, out var root) && _roots.Remove(root))
            {
                foreach (var key in _disk.Keys.Where(key => !IsUnderRoot(key)).ToList())
                {
                    _disk.Remove(key);
                }
            }
        }
    });

    public void Open(TextDocumentItem item) => Update(() =>
    {
        var key = DocumentUris.ToKey(item.Uri);
        var text = new SourceText(PathOf(item.Uri), item.Text);
        var known = _open.GetValueOrDefault(key) ?? _disk.GetValueOrDefault(key);
        _open[key] = known?.WithText(item.Uri, text, item.Version, isOpen: true) ?? new Document(key, item.Uri, text, item.Version, isOpen: true);
    });

    /// <summary>
    /// Applies the content changes of one didChange, in order, each to the text the previous one
    /// produced; a didChange with a reversed range is refused whole (and logged).
    /// </summary>
    public void Change(VersionedTextDocumentIdentifier identifier, IReadOnlyList<TextDocumentContentChangeEvent> changes) => Update(() =>
    {
        var key = DocumentUris.ToKey(identifier.Uri);
        if (!_open.TryGetValue(key, out var document))
        {
            _log.WriteLine($"didChange for {identifier.Uri}, which is not open: ignored.");
            return;
        }

        if (changes.FirstOrDefault(change => change.Range is { } range && PositionConverter.IsReversed(range)) is { Range: { } reversed })
        {
            // Applying the other changes would leave the text neither the client's nor the previous one.
            _log.WriteLine($"didChange {identifier.Version} for {identifier.Uri} has a range ending ({reversed.End.Line}:{reversed.End.Character}) "
                + $"before it starts ({reversed.Start.Line}:{reversed.Start.Character}): refused, the document stays at version {document.Version}.");
            return;
        }

        var content = document.Text.Content;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                content = change.Text;
                continue;
            }

            var span = PositionConverter.ToEditSpan(new SourceText(document.Text.Path, content), change.Range);
            content = string.Concat(content.AsSpan(0, span.Start), change.Text, content.AsSpan(span.End));
        }

        _open[key] = document.WithText(document.Uri, new SourceText(document.Text.Path, content), identifier.Version, isOpen: true);
    });

    public void Close(string uri) => Update(() =>
    {
        var key = DocumentUris.ToKey(uri);
        _open.Remove(key);
        if (_disk.TryGetValue(key, out var onDisk) && onDisk.Uri != uri)
        {
            // Keep speaking of the file by the URI the client used for it, however it escapes it.
            _disk[key] = onDisk.WithText(uri, onDisk.Text, version: null, isOpen: false);
        }
    });

    /// <summary>Files created, changed or deleted on disk (workspace/didChangeWatchedFiles).</summary>
    public void FilesChanged(IEnumerable<FileEvent> events) => Update(() =>
    {
        foreach (var change in events)
        {
            if (!DocumentUris.TryGetPath(change.Uri, out var path))
            {
                continue;
            }

            if (change.Type == FileChangeType.Deleted)
            {
                var folder = path.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
                foreach (var key in _disk.Keys.Where(key => key == path || key.StartsWith(folder, StringComparison.Ordinal)).ToList())
                {
                    _disk.Remove(key);
                }
            }
            else if (DocumentUris.IsSunEsPath(path) && IsUnderRoot(path))
            {
                ReadFromDisk(path);
            }
        }
    });

    /// <summary>Raises <see cref="Changed"/> again for the current snapshot (when the client becomes ready to hear about it).</summary>
    public void Touch() => Changed?.Invoke(Current);

    private void Update(Action change)
    {
        WorkspaceSnapshot snapshot;
        lock (_lock)
        {
            change();
            var previous = _current;
            snapshot = BuildSnapshot();
            Volatile.Write(ref _current, snapshot);
            previous.Supersede();
        }

        Changed?.Invoke(snapshot);
    }

    private WorkspaceSnapshot BuildSnapshot()
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, Document>(StringComparer.Ordinal);
        foreach (var (key, document) in _disk)
        {
            builder[key] = document;
        }

        foreach (var (key, document) in _open)
        {
            builder[key] = document;
        }

        return new WorkspaceSnapshot(_current.Sequence + 1, builder.ToImmutable(), Analyses);
    }

    private void ReadFromDisk(string path)
    {
        try
        {
            var content = File.ReadAllText(path);
            if (_disk.TryGetValue(path, out var existing) && existing.Text.Content == content)
            {
                return;
            }

            var uri = _disk.TryGetValue(path, out var known) ? known.Uri : DocumentUris.FromPath(path);
            _disk[path] = new Document(path, uri, new SourceText(path, content), version: null, isOpen: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _disk.Remove(path);
            _log.WriteLine($"Cannot read {path}: {e.Message}");
        }
    }

    private bool IsUnderRoot(string path) =>
        _roots.Any(root => path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private IEnumerable<string> Scan(string root)
    {
        if (!Directory.Exists(root))
        {
            _log.WriteLine($"Workspace folder {root} does not exist.");
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        return Directory.EnumerateFiles(root, "*.sunes", options)
            .Where(file => !Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).SkipLast(1).Any(IgnoredDirectories.Contains))
            .Order(StringComparer.Ordinal);
    }

    private static string PathOf(string uri) => DocumentUris.TryGetPath(uri, out var path) ? path : uri;
}
