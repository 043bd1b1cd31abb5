namespace SunEs.Runtime;

/// <summary>
/// A funding window as in force in one epoch, each date with where the texts state it. Dates the
/// texts leave unknown are null. A window with a postponement names the window whose period and
/// milestone then apply, and the windows whose targets and degressivity then apply.
/// </summary>
public sealed record WindowInfo(
    string Id,
    string? Label,
    DateOnly? CandidacyStart,
    DateOnly? CandidacyEnd,
    Provenance? CandidacyProvenance,
    string? MeasurementLabel,
    DateOnly? MeasurementStart,
    DateOnly? MeasurementEnd,
    Provenance? MeasurementProvenance,
    DateOnly? Milestone,
    Provenance? MilestoneProvenance,
    string? PostponementWindowId,
    string? PostponementTargetsOf,
    string? PostponementDegressivityOf,
    Provenance? PostponementProvenance);
