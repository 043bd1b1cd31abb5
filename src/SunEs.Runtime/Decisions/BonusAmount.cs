namespace SunEs.Runtime;

public sealed record BonusAmount(string IndicatorId, decimal Amount, Provenance? Rule);
