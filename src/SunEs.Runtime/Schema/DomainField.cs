namespace SunEs.Runtime;

/// <summary>A domain a candidacy can request, with the volet it belongs to and its slot.</summary>
public sealed record DomainField(int Slot, string Id, string? Label, string VoletId);
