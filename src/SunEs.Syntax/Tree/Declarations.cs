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

public sealed class ProgrammeSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : DeclarationSyntax(span), INamedDeclarationSyntax
{
    public DeclarationKind Kind => DeclarationKind.Programme;

    public IdentifierSyntax Name { get; } = name;

    public KeywordSyntax? AmendedKeyword { get; } = amended;

    public LabelSyntax? Label { get; } = label;

    /// <summary><see cref="EnvelopeSyntax"/>, <see cref="RegionalEnvelopeSyntax"/>, <see cref="RoundingSyntax"/> or <see cref="VoletSyntax"/>.</summary>
    public IReadOnlyList<SyntaxNode> Items { get; } = items;

    public override IEnumerable<SyntaxNode> Children => Nodes(Name, AmendedKeyword, Label, Items);
}

public sealed class VoletSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : SyntaxNode(span), INamedDeclarationSyntax
{
    public DeclarationKind Kind => DeclarationKind.Volet;

    public IdentifierSyntax Name { get; } = name;

    public KeywordSyntax? AmendedKeyword { get; } = amended;

    public LabelSyntax? Label { get; } = label;

    /// <summary><see cref="EnvelopeSyntax"/>, <see cref="WindowListSyntax"/>, <see cref="DegressivitySyntax"/> or <see cref="DomainSyntax"/>.</summary>
    public IReadOnlyList<SyntaxNode> Items { get; } = items;

    public override IEnumerable<SyntaxNode> Children => Nodes(Name, AmendedKeyword, Label, Items);
}

public sealed class DomainSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : SyntaxNode(span), INamedDeclarationSyntax
{
    public DeclarationKind Kind => DeclarationKind.Domain;

    public IdentifierSyntax Name { get; } = name;

    public KeywordSyntax? AmendedKeyword { get; } = amended;

    public LabelSyntax? Label { get; } = label;

    /// <summary><see cref="EnvelopeSyntax"/>, <see cref="ForfaitRuleSyntax"/>, <see cref="EligibilitySyntax"/> or <see cref="IndicatorSyntax"/>.</summary>
    public IReadOnlyList<SyntaxNode> Items { get; } = items;

    public override IEnumerable<SyntaxNode> Children => Nodes(Name, AmendedKeyword, Label, Items);
}

public sealed class IndicatorSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : SyntaxNode(span), INamedDeclarationSyntax
{
    public DeclarationKind Kind => DeclarationKind.Indicator;

    public IdentifierSyntax Name { get; } = name;

    public KeywordSyntax? AmendedKeyword { get; } = amended;

    public LabelSyntax? Label { get; } = label;

    /// <summary><see cref="RateDefinitionSyntax"/>, <see cref="YesNoDefinitionSyntax"/>, <see cref="BonusSyntax"/> or <see cref="ApplicabilitySyntax"/>.</summary>
    public IReadOnlyList<SyntaxNode> Items { get; } = items;

    public override IEnumerable<SyntaxNode> Children => Nodes(Name, AmendedKeyword, Label, Items);
}

public sealed class WindowSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : DeclarationSyntax(span), INamedDeclarationSyntax
{
    public DeclarationKind Kind => DeclarationKind.Window;

    public IdentifierSyntax Name { get; } = name;

    public KeywordSyntax? AmendedKeyword { get; } = amended;

    public LabelSyntax? Label { get; } = label;

    /// <summary><see cref="CandidacyPeriodSyntax"/>, <see cref="SelectionDelaySyntax"/>, <see cref="MeasurementPeriodSyntax"/>, <see cref="MilestoneSyntax"/> or <see cref="PostponementSyntax"/>.</summary>
    public IReadOnlyList<SyntaxNode> Items { get; } = items;

    public override IEnumerable<SyntaxNode> Children => Nodes(Name, AmendedKeyword, Label, Items);
}

public sealed class PrerequisiteSyntax(TextSpan span, IdentifierSyntax name, KeywordSyntax? amended, LabelSyntax? label, IReadOnlyList<SyntaxNode> items)
    : DeclarationSyntax(span), INamedDeclarationSyntax
{
    public DeclarationKind Kind => DeclarationKind.Prerequisite;

    public IdentifierSyntax Name { get; } = name;

    public KeywordSyntax? AmendedKeyword { get; } = amended;

    public LabelSyntax? Label { get; } = label;

    /// <summary><see cref="PrerequisiteGroupSyntax"/>, <see cref="PrerequisiteVoletsSyntax"/> or <see cref="PrerequisiteToleranceSyntax"/>.</summary>
    public IReadOnlyList<SyntaxNode> Items { get; } = items;

    public override IEnumerable<SyntaxNode> Children => Nodes(Name, AmendedKeyword, Label, Items);
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
}

public sealed class DataDeclarationSyntax(TextSpan span, IdentifierSyntax name, DataType? type, TextSpan typeSpan, LabelSyntax? label)
    : DeclarationSyntax(span), INamedDeclarationSyntax
{
    public DeclarationKind Kind => DeclarationKind.Data;

    public IdentifierSyntax Name { get; } = name;

    public KeywordSyntax? AmendedKeyword => null;

    public LabelSyntax? Label { get; } = label;

    /// <summary>Null when the type is missing (parse error).</summary>
    public DataType? Type { get; } = type;

    public TextSpan TypeSpan { get; } = typeSpan;

    public IReadOnlyList<SyntaxNode> Items => [];

    public override IEnumerable<SyntaxNode> Children => Nodes(Name, Label);
}
