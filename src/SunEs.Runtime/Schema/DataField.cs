namespace SunEs.Runtime;

/// <summary>A datum of the establishment the rules may read, with its type and slot.</summary>
public sealed record DataField(int Slot, string Id, DataKind Kind, string? Label);
