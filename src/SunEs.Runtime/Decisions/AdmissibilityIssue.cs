namespace SunEs.Runtime;

/// <summary>Why a candidacy is inadmissible: for a volet it requests, the window or the prerequisite at fault and the rule it breaks.</summary>
public sealed record AdmissibilityIssue(AdmissibilityIssueKind Kind, string VoletId, string SubjectId, string? SubjectLabel, Provenance? Rule);
