namespace SunEs.Runtime;

/// <summary>
/// Where a rule comes from: the instruction, the place in its source text (1-based line and
/// column), the text as written, the value it replaced when an amendment changed it, and what
/// it rests on when the sources do not state it.
/// </summary>
public sealed record Provenance(string InstructionNumber, string SourcePath, int Line, int Column, string Excerpt, Provenance? Replaced = null, AssumptionNote? Assumption = null)
{
    /// <summary>"2021/167 l.102", then "supposé : …" when the rule rests on an assumption.</summary>
    public string Cite(bool english)
    {
        var cite = english ? $"{InstructionNumber}, line {Line}" : $"{InstructionNumber}, ligne {Line}";
        return Assumption is { } assumption ? $"{cite}, {assumption.Describe(english)}" : cite;
    }

    public override string ToString() => $"{InstructionNumber} ({SourcePath}:{Line}) « {Excerpt} »" + (Assumption is { } assumption ? $" [{assumption.Describe(false)}]" : string.Empty);
}

/// <summary>"supposé : …" (an assumption the corpus makes) or "déduit : …" (an inference from the sources), with its reason.</summary>
public sealed record AssumptionNote(bool IsInference, string Reason)
{
    public string Describe(bool english) => (IsInference, english) switch
    {
        (true, false) => $"déduit : {Reason}",
        (true, true) => $"inferred: {Reason}",
        (false, false) => $"supposé : {Reason}",
        _ => $"assumed: {Reason}",
    };
}
