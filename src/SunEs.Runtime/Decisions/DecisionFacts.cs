namespace SunEs.Runtime;

/// <summary>The dates and territory the candidacy gave, as the decision read them (null where not given).</summary>
public sealed record DecisionFacts(DateOnly? FiledOn, DateOnly? ResultsOn, DateOnly? MeasuredFrom, DateOnly? MeasuredTo, string? Territory);
