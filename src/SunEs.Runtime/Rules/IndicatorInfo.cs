namespace SunEs.Runtime;

/// <summary>
/// An indicator as in force in one epoch: its candidacy slot, whether it is a rate (else a
/// yes/no), the data slots of its numerator and denominator (-1 when none), and where its
/// measure is defined.
/// </summary>
public sealed record IndicatorInfo(int Slot, string Id, string? Label, bool IsBonus, bool IsRate, int NumeratorSlot, int DenominatorSlot, Provenance? Definition);
