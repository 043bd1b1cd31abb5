namespace SunEs.Runtime;

/// <summary>One datum slot of a candidacy: typed fields, no boxing; <see cref="IsSet"/> tells a given zero from a missing value.</summary>
internal readonly record struct DatumValue(bool IsSet, decimal Number, bool Boolean, DateOnly Date, Duration Duration, string? Text);
