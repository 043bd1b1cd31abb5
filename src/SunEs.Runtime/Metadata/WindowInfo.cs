namespace SunEs.Runtime;

/// <summary>A funding window as in force in one epoch. Dates the texts leave unknown are null.</summary>
public sealed record WindowInfo(
    string Id,
    string? Label,
    DateOnly? CandidacyStart,
    DateOnly? CandidacyEnd,
    string? MeasurementLabel,
    DateOnly? MeasurementStart,
    DateOnly? MeasurementEnd,
    DateOnly? Milestone,
    Provenance? MilestoneProvenance,
    string? PostponementWindowId);
