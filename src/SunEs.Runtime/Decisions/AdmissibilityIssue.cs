namespace SunEs.Runtime;

/// <summary>
/// Why a volet of a candidacy is inadmissible: the window, prerequisite, territory, date or
/// condition at fault and the rule it breaks. <see cref="VoletId"/> is null when the issue makes
/// every requested volet inadmissible (territory, filing date, a condition of the programme).
/// </summary>
public sealed record AdmissibilityIssue(AdmissibilityIssueKind Kind, string? VoletId, string SubjectId, string? SubjectLabel, Provenance? Rule);
