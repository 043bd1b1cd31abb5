using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>One declaration or amendment written in one text, before and after it is tied to its entity.</summary>
internal sealed class DeclarationSite(InstructionSymbol instruction, INamedDeclarationSyntax syntax, DeclarationSite? parent)
{
    public InstructionSymbol Instruction { get; } = instruction;

    public INamedDeclarationSyntax Syntax { get; } = syntax;

    public DeclarationSite? Parent { get; } = parent;

    public EntityKind Kind { get; } = syntax.Kind switch
    {
        DeclarationKind.Programme => EntityKind.Programme,
        DeclarationKind.Volet => EntityKind.Volet,
        DeclarationKind.Domain => EntityKind.Domain,
        DeclarationKind.Indicator => EntityKind.Indicator,
        DeclarationKind.Window => EntityKind.Window,
        DeclarationKind.Prerequisite => EntityKind.Prerequisite,
        DeclarationKind.Data => EntityKind.Data,
        var other => throw new ArgumentOutOfRangeException(nameof(syntax), other, "not a named declaration"),
    };

    /// <summary>The entity this site declares or amends, once resolved.</summary>
    public EntitySymbol? Entity { get; set; }

    public Contribution? Contribution { get; set; }

    public bool IsAmendment => Syntax.AmendedKeyword is not null;
}
