using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>What became of one input row: its decision, or the error that kept it from being evaluated.</summary>
internal sealed record RowOutcome(int Line, string? Establishment, string? Window, Decision? Decision, RowError? Error);
