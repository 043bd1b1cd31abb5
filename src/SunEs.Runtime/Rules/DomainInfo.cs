namespace SunEs.Runtime;

public sealed record DomainInfo(string Id, string? Label, string VoletId);
