using SunEs.LanguageServer.Text;
using SunEs.Text;

namespace SunEs.LanguageServer.Workspaces;

/// <summary>
/// The latest analysis seen from the current snapshot, for requests that answer from it instead
/// of waiting: which version of a document it analysed, and how positions move between that
/// version and the current one (documents changed since map through their <see cref="ChangedLines"/>).
/// </summary>
public sealed class AnalysedView(WorkspaceSnapshot current, AnalysedSnapshot analysed)
{
    private readonly Dictionary<string, ChangedLines?> _changes = new(StringComparer.Ordinal);

    public WorkspaceSnapshot Current { get; } = current;

    public AnalysedSnapshot Analysed { get; } = analysed;

    /// <summary>True when the analysis is of the current snapshot itself: nothing to map.</summary>
    public bool IsCurrent => ReferenceEquals(Current, Analysed.Snapshot);

    /// <summary>The version of <paramref name="document"/> the analysis read; null when the document is newer than the analysis.</summary>
    public Document? AnalysedVersionOf(Document document) => Analysed.Snapshot.Find(document.Uri);

    /// <summary>An offset of the current version of the document in its analysed version; null on a line changed since.</summary>
    public int? ToAnalysed(Document document, int offset) =>
        Changes(document.Uri) is { } changes ? changes.ToOlder(offset) : offset;

    /// <summary>A protocol range of the analysed version of the document at <paramref name="uri"/> in its current version; null when it touches a line changed since, or the document is gone.</summary>
    public Protocol.Range? ToCurrent(string uri, Protocol.Range range)
    {
        if (Analysed.Snapshot.Find(uri) is not { } before || Current.Find(uri) is not { } now)
        {
            return null;
        }

        if (ReferenceEquals(before.Text, now.Text))
        {
            return range;
        }

        var span = PositionConverter.ToEditSpan(before.Text, range);
        return Changes(uri)?.ToNewer(span) is { } moved ? PositionConverter.ToRange(now.Text, moved) : null;
    }

    public Protocol.Location? ToCurrent(Protocol.Location location) =>
        ToCurrent(location.Uri, location.Range) is { } range ? location with { Range = range } : null;

    private ChangedLines? Changes(string uri)
    {
        lock (_changes)
        {
            if (!_changes.TryGetValue(uri, out var changes))
            {
                var before = Analysed.Snapshot.Find(uri);
                var now = Current.Find(uri);
                changes = before is null || now is null || ReferenceEquals(before.Text, now.Text) ? null : new ChangedLines(before.Text, now.Text);
                _changes[uri] = changes;
            }

            return changes;
        }
    }
}
