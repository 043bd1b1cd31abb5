namespace SunEs.Runtime;

/// <summary>An indicator as in force in one epoch; <paramref name="Definition"/> is where its measure is defined.</summary>
public sealed record IndicatorInfo(string Id, string? Label, bool IsBonus, Provenance? Definition);
