namespace SunEs.Runtime;

public sealed record PrerequisiteField(int Slot, string Id, string? Label);
