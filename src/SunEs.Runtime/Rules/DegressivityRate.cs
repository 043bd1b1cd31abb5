namespace SunEs.Runtime;

/// <summary>The share of the forfait paid in a window of a volet, in points (90 for 90 %).</summary>
public sealed record DegressivityRate(string WindowId, decimal Points, Provenance Provenance);
