using SunEs.Text;

namespace SunEs.Syntax;

public enum DeclarationKind
{
    Programme,
    Volet,
    Domain,
    Indicator,
    Window,
    Prerequisite,
    Data,
    TargetGrid,
    Test,
}

/// <summary>A top-level declaration of a file.</summary>
public abstract class DeclarationSyntax(TextSpan span) : SyntaxNode(span);

/// <summary>
/// A declaration that introduces an identifier, or — with <see cref="AmendedKeyword"/>
/// ("modifié") — changes one that an amended text declared.
/// </summary>
public interface INamedDeclarationSyntax
{
    DeclarationKind Kind { get; }

    IdentifierSyntax Name { get; }

    KeywordSyntax? AmendedKeyword { get; }

    LabelSyntax? Label { get; }

    TextSpan Span { get; }

    IReadOnlyList<SyntaxNode> Items { get; }
}

/// <summary>
/// A keyword-led block that declares an identifier — or, with "modifié", amends one — with an
/// optional label and its items in source order (nested blocks included).
/// </summary>
public abstract class NamedBlockSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : DeclarationSyntax(span), INamedDeclarationSyntax
{
    public abstract DeclarationKind Kind { get; }

    public IdentifierSyntax Name { get; } = name;

    public KeywordSyntax? AmendedKeyword { get; } = amended;

    public LabelSyntax? Label { get; } = label;

    public IReadOnlyList<SyntaxNode> Items { get; } = items;

    public override IEnumerable<SyntaxNode> Children => Nodes(Name, AmendedKeyword, Label, Items);
}

/// <summary>
/// Items: <see cref="EnvelopeSyntax"/>, <see cref="RegionalEnvelopeSyntax"/>, <see cref="RoundingSyntax"/>, <see cref="OverseasScopeSyntax"/>,
/// <see cref="CalendarRuleSyntax"/>, <see cref="AdmissibilityConditionSyntax"/>, <see cref="AssumptionSyntax"/> or <see cref="VoletSyntax"/>.
/// </summary>
public sealed class ProgrammeSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : NamedBlockSyntax(span, name, amended, label, items)
{
    public override DeclarationKind Kind => DeclarationKind.Programme;
}

/// <summary>
/// Items: <see cref="EnvelopeSyntax"/>, <see cref="RegionalEnvelopeSyntax"/>, <see cref="WindowListSyntax"/>, <see cref="DegressivitySyntax"/>,
/// <see cref="AdmissibilityConditionSyntax"/>, <see cref="AssumptionSyntax"/> or <see cref="DomainSyntax"/>.
/// </summary>
public sealed class VoletSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : NamedBlockSyntax(span, name, amended, label, items)
{
    public override DeclarationKind Kind => DeclarationKind.Volet;
}

/// <summary>Items: <see cref="EnvelopeSyntax"/>, <see cref="ForfaitRuleSyntax"/>, <see cref="EligibilitySyntax"/>, <see cref="AssumptionSyntax"/> or <see cref="IndicatorSyntax"/>.</summary>
public sealed class DomainSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : NamedBlockSyntax(span, name, amended, label, items)
{
    public override DeclarationKind Kind => DeclarationKind.Domain;
}

/// <summary>Items: <see cref="RateDefinitionSyntax"/>, <see cref="YesNoDefinitionSyntax"/>, <see cref="BonusSyntax"/>, <see cref="ApplicabilitySyntax"/> or <see cref="AssumptionSyntax"/>.</summary>
public sealed class IndicatorSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : NamedBlockSyntax(span, name, amended, label, items)
{
    public override DeclarationKind Kind => DeclarationKind.Indicator;
}

/// <summary>Items: <see cref="CandidacyPeriodSyntax"/>, <see cref="SelectionDelaySyntax"/>, <see cref="MeasurementPeriodSyntax"/>, <see cref="MilestoneSyntax"/>, <see cref="PostponementSyntax"/> or <see cref="AssumptionSyntax"/>.</summary>
public sealed class WindowSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : NamedBlockSyntax(span, name, amended, label, items)
{
    public override DeclarationKind Kind => DeclarationKind.Window;
}

/// <summary>Items: <see cref="PrerequisiteGroupSyntax"/>, <see cref="PrerequisiteVoletsSyntax"/>, <see cref="PrerequisiteToleranceSyntax"/> or <see cref="AssumptionSyntax"/>.</summary>
public sealed class PrerequisiteSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : NamedBlockSyntax(span, name, amended, label, items)
{
    public override DeclarationKind Kind => DeclarationKind.Prerequisite;
}

public enum DataType
{
    Integer,
    Decimal,
    Percentage,
    Money,
    Date,
    Duration,
    Boolean,
    Text,

    /// <summary>One of the values the declaration lists ("parmi "CH", "CHU"").</summary>
    Category,
}

public sealed class DataDeclarationSyntax(TextSpan span, IdentifierSyntax name, DataType? type, TextSpan typeSpan, LabelSyntax? label, AssumptionSyntax? assumption, IReadOnlyList<StringSyntax>? values = null)
    : DeclarationSyntax(span), INamedDeclarationSyntax
{
    public DeclarationKind Kind => DeclarationKind.Data;

    public IdentifierSyntax Name { get; } = name;

    public KeywordSyntax? AmendedKeyword => null;

    public LabelSyntax? Label { get; } = label;

    /// <summary>Null when the type is missing (parse error).</summary>
    public DataType? Type { get; } = type;

    public TextSpan TypeSpan { get; } = typeSpan;

    /// <summary>The values a category datum may take, as written; empty for other types.</summary>
    public IReadOnlyList<StringSyntax> Values { get; } = values ?? [];

    public AssumptionSyntax? Assumption { get; } = assumption;

    /// <summary>The datum's only item: what its declaration rests on, if the text says.</summary>
    public IReadOnlyList<SyntaxNode> Items => Assumption is null ? [] : [Assumption];

    public override IEnumerable<SyntaxNode> Children => Nodes(Name, Values, Label, Assumption);
}
