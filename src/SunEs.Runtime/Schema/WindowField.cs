namespace SunEs.Runtime;

/// <summary>A window a candidacy can be filed in, with its slot in every candidacy.</summary>
public sealed record WindowField(int Slot, string Id, string? Label);
