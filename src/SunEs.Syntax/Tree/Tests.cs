using SunEs.Text;

namespace SunEs.Syntax;

/// <summary>A test written in the instruction: a candidacy and the outcome the rules must give.</summary>
public sealed class TestSyntax(TextSpan span, StringSyntax name, DateValueSyntax? asOf, IReadOnlyList<SyntaxNode> items) : DeclarationSyntax(span)
{
    public StringSyntax Name { get; } = name;

    public DateValueSyntax? AsOf { get; } = asOf;

    public IReadOnlyList<SyntaxNode> Items { get; } = items;

    public override IEnumerable<SyntaxNode> Children => Nodes(Name, AsOf, Items);
}

public sealed class EstablishmentSyntax(TextSpan span, StringSyntax identifier) : SyntaxNode(span)
{
    public StringSyntax Identifier { get; } = identifier;

    public override IEnumerable<SyntaxNode> Children => Nodes(Identifier);
}

/// <summary>"candidature en F2 pour D1, D2".</summary>
public sealed class CandidacySyntax(TextSpan span, IdentifierSyntax window, IReadOnlyList<IdentifierSyntax> domains) : SyntaxNode(span)
{
    public IdentifierSyntax Window { get; } = window;

    public IReadOnlyList<IdentifierSyntax> Domains { get; } = domains;

    public override IEnumerable<SyntaxNode> Children => Nodes(Window, Domains);
}

/// <summary>"report demandé": the hospital asked to be measured at the later window's milestone.</summary>
public sealed class PostponementRequestSyntax(TextSpan span) : SyntaxNode(span)
{
    public override IEnumerable<SyntaxNode> Children => [];
}

/// <summary>"déposée le DATE": when the candidacy was filed.</summary>
public sealed class FiledOnSyntax(TextSpan span, DateValueSyntax date) : SyntaxNode(span)
{
    public DateValueSyntax Date { get; } = date;

    public override IEnumerable<SyntaxNode> Children => Nodes(Date);
}

/// <summary>"résultats transmis le DATE": when the establishment reached and reported its results.</summary>
public sealed class ResultsOnSyntax(TextSpan span, DateValueSyntax date) : SyntaxNode(span)
{
    public DateValueSyntax Date { get; } = date;

    public override IEnumerable<SyntaxNode> Children => Nodes(Date);
}

/// <summary>"mesurée du DATE au DATE": the period the measures actually cover.</summary>
public sealed class MeasuredPeriodSyntax(TextSpan span, PeriodSyntax period) : SyntaxNode(span)
{
    public PeriodSyntax Period { get; } = period;

    public override IEnumerable<SyntaxNode> Children => Nodes(Period);
}

/// <summary>"territoire "Guadeloupe"": where the establishment is.</summary>
public sealed class TerritorySyntax(TextSpan span, StringSyntax territory) : SyntaxNode(span)
{
    public StringSyntax Territory { get; } = territory;

    public override IEnumerable<SyntaxNode> Children => Nodes(Territory);
}

public enum PrerequisiteStatusKind
{
    /// <summary>"prérequis tous atteints [sauf …]": Names lists the exceptions.</summary>
    AllExcept,

    /// <summary>"prérequis atteints …": Names lists the only ones met.</summary>
    Only,

    /// <summary>"prérequis aucun".</summary>
    None,
}

public sealed class PrerequisiteStatusSyntax(TextSpan span, PrerequisiteStatusKind kind, IReadOnlyList<IdentifierSyntax> names) : SyntaxNode(span)
{
    public PrerequisiteStatusKind Kind { get; } = kind;

    public IReadOnlyList<IdentifierSyntax> Names { get; } = names;

    public override IEnumerable<SyntaxNode> Children => Names;
}

public sealed class AssignmentSyntax(TextSpan span, IdentifierSyntax target, ExpressionSyntax value) : SyntaxNode(span)
{
    public IdentifierSyntax Target { get; } = target;

    public ExpressionSyntax Value { get; } = value;

    public override IEnumerable<SyntaxNode> Children => Nodes(Target, Value);
}

/// <summary>"données a = 1, b = oui" (input data) or "mesures DS1.1 = 60 %" (measured indicators).</summary>
public sealed class AssignmentListSyntax(TextSpan span, bool isMeasures, IReadOnlyList<AssignmentSyntax> assignments) : SyntaxNode(span)
{
    public bool IsMeasures { get; } = isMeasures;

    public IReadOnlyList<AssignmentSyntax> Assignments { get; } = assignments;

    public override IEnumerable<SyntaxNode> Children => Assignments;
}

public sealed class ExpectationListSyntax(TextSpan span, IReadOnlyList<ExpectationSyntax> expectations) : SyntaxNode(span)
{
    public IReadOnlyList<ExpectationSyntax> Expectations { get; } = expectations;

    public override IEnumerable<SyntaxNode> Children => Expectations;
}

public enum ExpectationKind
{
    Admissible,
    Inadmissible,

    /// <summary>"candidature partiellement recevable": some requested volets are admissible, not all.</summary>
    PartlyAdmissible,

    /// <summary>"volet V2 recevable": the subject is a volet.</summary>
    VoletAdmissible,
    VoletInadmissible,

    /// <summary>"D4 irrecevable": the domain's volet is inadmissible, so the domain was not examined.</summary>
    DomainInadmissible,

    /// <summary>"D1 hors délai": results transmitted after the milestone.</summary>
    Late,

    /// <summary>"D1 hors période": measures outside the measurement period.</summary>
    OutsidePeriod,

    /// <summary>"DS1.3 non mesuré": a bonus indicator whose measure was not given.</summary>
    NotMeasured,
    Funded,
    NotFunded,
    Ineligible,
    Met,
    Missed,
    NotApplicable,
    Total,
}

public sealed class ExpectationSyntax(TextSpan span, ExpectationKind kind, IdentifierSyntax? subject, MoneySyntax? amount) : SyntaxNode(span)
{
    public ExpectationKind Kind { get; } = kind;

    /// <summary>The volet, domain or indicator the expectation is about (null for candidacy and total).</summary>
    public IdentifierSyntax? Subject { get; } = subject;

    /// <summary>The expected amount ("D1 financé 99 000 €", "total 120 k€").</summary>
    public MoneySyntax? Amount { get; } = amount;

    public override IEnumerable<SyntaxNode> Children => Nodes(Subject, Amount);
}
