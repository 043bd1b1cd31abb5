using SunEs.Diagnostics;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.Semantics;

public enum EntityKind
{
    Programme,
    Volet,
    Domain,
    Indicator,
    Window,
    Prerequisite,
    Data,
}

public static class EntityKinds
{
    public static LocalizedText Describe(this EntityKind kind) => kind switch
    {
        EntityKind.Programme => new("programme", "programme"),
        EntityKind.Volet => new("volet", "volet"),
        EntityKind.Domain => new("domaine", "domain"),
        EntityKind.Indicator => new("indicateur", "indicator"),
        EntityKind.Window => new("fenêtre", "window"),
        EntityKind.Prerequisite => new("prérequis", "prerequisite"),
        EntityKind.Data => new("donnée", "datum"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown entity kind"),
    };

    /// <summary>"une fenêtre" / "a window": for sentences such as "'F2' is a window".</summary>
    public static LocalizedText DescribeWithArticle(this EntityKind kind) => kind switch
    {
        EntityKind.Programme => new("un programme", "a programme"),
        EntityKind.Volet => new("un volet", "a volet"),
        EntityKind.Domain => new("un domaine", "a domain"),
        EntityKind.Indicator => new("un indicateur", "an indicator"),
        EntityKind.Window => new("une fenêtre", "a window"),
        EntityKind.Prerequisite => new("un prérequis", "a prerequisite"),
        EntityKind.Data => new("une donnée", "a datum"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown entity kind"),
    };

    /// <summary>"Fenêtre inconnue" / "Unknown window": the start of an unknown-name message.</summary>
    public static LocalizedText DescribeUnknown(this EntityKind kind) => kind switch
    {
        EntityKind.Programme => new("Programme inconnu", "Unknown programme"),
        EntityKind.Volet => new("Volet inconnu", "Unknown volet"),
        EntityKind.Domain => new("Domaine inconnu", "Unknown domain"),
        EntityKind.Indicator => new("Indicateur inconnu", "Unknown indicator"),
        EntityKind.Window => new("Fenêtre inconnue", "Unknown window"),
        EntityKind.Prerequisite => new("Prérequis inconnu", "Unknown prerequisite"),
        EntityKind.Data => new("Donnée inconnue", "Unknown datum"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown entity kind"),
    };

    /// <summary>"modifiée" for a window, "modifié" otherwise: French agreement of the amendment marker.</summary>
    public static string AmendedMarker(this EntityKind kind) => kind == EntityKind.Window ? "modifiée" : "modifié";

    /// <summary>The keyword that declares an entity of this kind.</summary>
    public static string Keyword(this EntityKind kind) => kind switch
    {
        EntityKind.Programme => "programme",
        EntityKind.Volet => "volet",
        EntityKind.Domain => "domaine",
        EntityKind.Indicator => "indicateur",
        EntityKind.Window => "fenêtre",
        EntityKind.Prerequisite => "prérequis",
        EntityKind.Data => "donnée",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown entity kind"),
    };
}

/// <summary>
/// Something an instruction declares under an identifier (a window, an indicator…), with the
/// declaration and every amendment of it across the texts, in the order they apply.
/// </summary>
public sealed class EntitySymbol
{
    /// <summary>Sized for the declaration alone: amendments are few.</summary>
    private readonly List<Contribution> _contributions = new(1);

    internal EntitySymbol(string id, EntityKind kind, Contribution declaration)
    {
        Id = id;
        Kind = kind;
        _contributions.Add(declaration);
    }

    public string Id { get; }

    public EntityKind Kind { get; }

    /// <summary>The programme of a volet, the volet of a domain, the domain of an indicator.</summary>
    public EntitySymbol? Parent { get; internal set; }

    /// <summary>
    /// The programme whose namespace holds the entity (a programme is its own); null in a folder
    /// without programme, or for a text that belongs to none.
    /// </summary>
    public EntitySymbol? Programme { get; internal set; }

    /// <summary>"CaRE.D1": the identifier with its programme, for messages read outside the programme.</summary>
    public string QualifiedId => Programme is { } programme && programme != this ? $"{programme.Id}.{Id}" : Id;

    /// <summary>The type of a datum.</summary>
    public DataType? DataType { get; internal set; }

    /// <summary>Null until the entity is a category datum: most entities are not, and a text has thousands.</summary>
    private HashSet<string>? _categoryValueSet;

    /// <summary>The values a category datum may take, as its declaration writes them; empty otherwise.</summary>
    public IReadOnlyList<string> CategoryValues
    {
        get;
        internal set
        {
            field = value;
            _categoryValueSet = new HashSet<string>(value, StringComparer.Ordinal);
        }
    } = [];

    /// <summary>True when <paramref name="value"/> is one of <see cref="CategoryValues"/>, written the same way.</summary>
    public bool IsCategoryValue(string value) => _categoryValueSet?.Contains(value) ?? false;

    public Contribution Declaration => _contributions[0];

    /// <summary>The declaration first, then the amendments in the order they apply.</summary>
    public IReadOnlyList<Contribution> Contributions => _contributions;

    public InstructionSymbol DeclaringInstruction => Declaration.Instruction;

    public string? Label => Contributions.Select(c => c.Syntax.Label).LastOrDefault(label => label is not null)?.Text;

    internal void AddAmendment(Contribution amendment) => _contributions.Add(amendment);

    internal void SortContributions() =>
        _contributions.Sort((a, b) => a == Declaration ? -1 : b == Declaration ? 1 : a.CompareTo(b));

    public override string ToString() => Id;
}

/// <summary>One text's declaration or amendment of an entity.</summary>
public sealed class Contribution(InstructionSymbol instruction, INamedDeclarationSyntax syntax) : IComparable<Contribution>
{
    public InstructionSymbol Instruction { get; } = instruction;

    public INamedDeclarationSyntax Syntax { get; } = syntax;

    public bool IsAmendment => Syntax.AmendedKeyword is not null;

    public Location Location => Instruction.Tree.GetLocation(Syntax.Name.Span);

    public int CompareTo(Contribution? other) =>
        other is null ? 1
        : Instruction.Order != other.Instruction.Order ? Instruction.Order.CompareTo(other.Instruction.Order)
        : Syntax.Span.Start.CompareTo(other.Syntax.Span.Start);
}
