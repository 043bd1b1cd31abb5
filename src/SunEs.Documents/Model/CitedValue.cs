namespace SunEs.Documents.Model;

/// <summary>
/// A value as a document shows it: its text, where it is written, and the values it replaced
/// (newest first), each with its own source. A value restated unchanged by an amendment keeps
/// the restatement out of <see cref="Replaced"/>'s visible part but not out of its sources.
/// </summary>
public sealed record CitedValue(string Text, SourceRef? Source, IReadOnlyList<ReplacedValue> Replaced)
{
    /// <summary>"supposé : …" or "déduit : …" when the value rests on an assumption the text states.</summary>
    public string? Assumption { get; init; }

    public static CitedValue Plain(string text) => new(text, null, []);

    /// <summary>The earlier values that differ from the one they were replaced by.</summary>
    public IEnumerable<ReplacedValue> Changes => Replaced.Where(replaced => !replaced.IsRestatement);
}

/// <summary>A value an amendment replaced; <see cref="IsRestatement"/> when the amendment wrote the same value again.</summary>
public sealed record ReplacedValue(string Text, SourceRef Source, bool IsRestatement);
