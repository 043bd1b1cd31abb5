using SunEs.Text;

namespace SunEs.Semantics.Binding;

internal enum PropertyName
{
    Label,
    Envelope,
    RegionalEnvelope,
    Rounding,
    Windows,
    Degressivity,
    Forfait,
    Eligibility,
    Definition,
    Bonus,
    Applicability,
    Candidacy,
    Selection,
    Measurement,
    Milestone,
    Postponement,
    Group,
    Volets,
    Tolerance,
    Target,
    OverseasScope,
    CalendarRule,
    AdmissibilityCondition,
    Waiver,
}

/// <summary>
/// What a property is about: e.g. the degressivity of window F2, the target of DS1.1 in F3,
/// the regional envelope of "Normandie". A later text's value for the same key replaces an earlier one.
/// </summary>
internal readonly record struct PropertyKey(EntitySymbol Owner, PropertyName Name, EntitySymbol? First = null, EntitySymbol? Second = null, string? Text = null);

/// <summary>One value a text gives to a property, with where it is written and what it rests on when the sources do not state it.</summary>
internal sealed record BoundProperty(PropertyKey Key, object Value, InstructionSymbol Instruction, Location Location, Assumption? Assumption = null);
