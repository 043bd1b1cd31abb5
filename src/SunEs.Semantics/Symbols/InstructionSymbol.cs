using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.Semantics;

/// <summary>An instruction (one file): its metadata and the texts it amends.</summary>
public sealed class InstructionSymbol
{
    internal InstructionSymbol(SyntaxTree tree, string number, Location location)
    {
        Tree = tree;
        Number = number;
        Location = location;
    }

    public SyntaxTree Tree { get; }

    /// <summary>"DGOS/PF5/DNS/2023/28".</summary>
    public string Number { get; }

    /// <summary>Where the number is written.</summary>
    public Location Location { get; }

    public string? Title { get; internal set; }

    public string? Nor { get; internal set; }

    public DateOnly? SignedOn { get; internal set; }

    /// <summary>From when its rules are in force; null when the text does not say (it is then never in force).</summary>
    public DateOnly? AppliesFrom { get; internal set; }

    public bool AppliesImmediately { get; internal set; }

    public IReadOnlyList<string> Issuers { get; internal set; } = [];

    /// <summary>The instructions this one amends (those that exist).</summary>
    public IReadOnlyList<InstructionSymbol> Amends { get; internal set; } = [];

    /// <summary>
    /// The programme the text belongs to: the one it declares or amends, else the one of the texts
    /// it is linked to by amendments, else the only programme of the folder; null when none can be told.
    /// </summary>
    public EntitySymbol? Programme { get; internal set; }

    /// <summary>Position in the order amendments apply: by application date, then signature, amended before amending.</summary>
    public int Order { get; internal set; }

    private readonly Dictionary<InstructionField, Assumption> _assumptions = [];

    /// <summary>What a header value rests on when the text marks it "supposé" or "déduit" (e.g. an application date taken from the signature date).</summary>
    public Assumption? AssumptionOn(InstructionField field) => _assumptions.GetValueOrDefault(field);

    internal void MarkAssumption(InstructionField field, Assumption assumption) => _assumptions[field] = assumption;

    public override string ToString() => Number;
}
