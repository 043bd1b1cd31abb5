using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>What <c>--explain</c> asks of each decision: no prose, what decided, or what decided with the rules and lines behind it.</summary>
internal enum ExplanationLevel
{
    None,
    Short,
    Full,
}

internal static class Explanations
{
    public static readonly IReadOnlyList<string> Names = ["none", "short", "full"];

    public static ExplanationLevel Parse(string? name) => name switch
    {
        "none" => ExplanationLevel.None,
        "short" => ExplanationLevel.Short,
        _ => ExplanationLevel.Full,
    };

    /// <summary>The explanation asked for, or null for none.</summary>
    public static string? Text(Decision decision, ExplanationLevel level, bool english) => level switch
    {
        ExplanationLevel.None => null,
        ExplanationLevel.Short => decision.BriefExplanation.In(english),
        _ => decision.Explanation.In(english),
    };
}
