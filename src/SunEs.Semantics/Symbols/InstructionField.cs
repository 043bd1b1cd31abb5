using SunEs.Syntax;

namespace SunEs.Semantics;

/// <summary>A value of an instruction's header.</summary>
public enum InstructionField
{
    Title,
    Nor,
    SignedOn,
    AppliesFrom,
    Issuers,
    Amends,
}

internal static class InstructionFields
{
    public static InstructionField? Of(HeaderItemSyntax item) => item switch
    {
        TitleItemSyntax => InstructionField.Title,
        NorItemSyntax => InstructionField.Nor,
        SignedItemSyntax => InstructionField.SignedOn,
        ApplicableItemSyntax => InstructionField.AppliesFrom,
        IssuersItemSyntax => InstructionField.Issuers,
        AmendsItemSyntax => InstructionField.Amends,
        _ => null,
    };
}
