using SunEs.Text;

namespace SunEs.Semantics;

/// <summary>
/// A value of the rules in force with where it comes from: the instruction, the exact place in
/// its text, and the value it replaced when an amendment changed it.
/// </summary>
public sealed record Sourced<T>(T Value, InstructionSymbol Instruction, Location Location, Sourced<T>? Replaced)
{
    /// <summary>Set when the text marks the value (or its declaration) as resting on an assumption or an inference.</summary>
    public Assumption? Assumption { get; init; }

    /// <summary>The source text of the rule, as written.</summary>
    public string SourceText => Location.Excerpt;
}
