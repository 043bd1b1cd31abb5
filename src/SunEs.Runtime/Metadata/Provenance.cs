namespace SunEs.Runtime;

/// <summary>
/// Where a rule comes from: the instruction, the place in its source text (1-based line and
/// column), the text as written, and the value it replaced when an amendment changed it.
/// </summary>
public sealed record Provenance(string InstructionNumber, string SourcePath, int Line, int Column, string Excerpt, Provenance? Replaced = null)
{
    public override string ToString() => $"{InstructionNumber} ({SourcePath}:{Line}) « {Excerpt} »";
}
