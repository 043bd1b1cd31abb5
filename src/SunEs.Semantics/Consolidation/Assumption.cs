using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.Semantics;

/// <summary>
/// What a value rests on when the sources do not state it: an assumption ("supposé") or an
/// inference ("déduit"), with the reason the text gives and where it is written.
/// </summary>
public sealed record Assumption(AssumptionKind Kind, string Reason, Location Location)
{
    public bool IsInference => Kind == AssumptionKind.Inferred;

    /// <summary>"supposé : …" or "déduit : …", as outputs mark a value.</summary>
    public string Describe(bool english) => (Kind, english) switch
    {
        (AssumptionKind.Inferred, false) => $"déduit : {Reason}",
        (AssumptionKind.Inferred, true) => $"inferred: {Reason}",
        (_, false) => $"supposé : {Reason}",
        _ => $"assumed: {Reason}",
    };
}
