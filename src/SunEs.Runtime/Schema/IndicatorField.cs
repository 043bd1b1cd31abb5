namespace SunEs.Runtime;

/// <summary>An indicator whose measure a candidacy may give, with its slot.</summary>
public sealed record IndicatorField(int Slot, string Id, string? Label);
