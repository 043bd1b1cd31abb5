namespace SunEs.Runtime;

/// <summary>A prerequisite as in force in one epoch, with its slot in the candidacy.</summary>
public sealed record PrerequisiteInfo(int Slot, string Id, string? Label, string? Group, Provenance? Declaration, Provenance? Tolerance);
