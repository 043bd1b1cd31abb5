namespace SunEs.Runtime;

/// <summary>A volet as in force in one epoch: its windows and where they are listed.</summary>
public sealed record VoletInfo(string Id, string? Label, IReadOnlyList<string> WindowIds, Provenance? WindowsRule);
