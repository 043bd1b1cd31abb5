namespace SunEs.Runtime;

/// <summary>An instruction the rules were compiled from, with the SHA-256 of its source text so an engine can tell which text it runs.</summary>
public sealed record InstructionInfo(
    string Number,
    string? Title,
    string? Nor,
    DateOnly? SignedOn,
    DateOnly? AppliesFrom,
    IReadOnlyList<string> Issuers,
    IReadOnlyList<string> Amends,
    string SourcePath,
    string SourceSha256);
