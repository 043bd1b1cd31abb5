namespace SunEs.Text;

/// <summary>A span in a given source: what diagnostics, provenance and navigation point at.</summary>
public sealed record Location(SourceText Source, TextSpan Span)
{
    public LinePosition Start => Source.GetLinePosition(Span.Start);

    public LinePosition End => Source.GetLinePosition(Span.End);

    /// <summary>The source text the span covers, with runs of white space folded to one space.</summary>
    public string Excerpt => string.Join(' ', Source[Span].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public override string ToString() => $"{Source.Path}({Start.Line + 1},{Start.Character + 1})";
}
