using SunEs.Text;

namespace SunEs.Syntax;

public enum AssumptionKind
{
    /// <summary>"supposé": the sources do not say; the corpus chooses, and says why.</summary>
    Assumed,

    /// <summary>"déduit": the sources imply it without stating it (a date read from a label…).</summary>
    Inferred,
}

/// <summary>
/// "supposé "…"" or "déduit "…"": marks what the item before it rests on, or — first in a block,
/// after a grid's or a datum's name — the whole declaration. Also an item of the instruction header.
/// </summary>
public sealed class AssumptionSyntax(TextSpan span, AssumptionKind kind, LabelSyntax reason) : HeaderItemSyntax(span)
{
    public AssumptionKind Kind { get; } = kind;

    public LabelSyntax Reason { get; } = reason;

    public override IEnumerable<SyntaxNode> Children => Nodes(Reason);
}

public enum OverseasScopeKind
{
    /// <summary>"outre-mer tous [sauf …]": every overseas territory but the listed ones.</summary>
    AllExcept,

    /// <summary>"outre-mer "Guadeloupe", …": only the listed ones.</summary>
    Only,

    /// <summary>"outre-mer aucun": metropolitan France only.</summary>
    None,
}

/// <summary>"outre-mer tous sauf "Polynésie française", …": the territories the programme's rules apply to besides metropolitan France.</summary>
public sealed class OverseasScopeSyntax(TextSpan span, OverseasScopeKind kind, IReadOnlyList<StringSyntax> territories) : SyntaxNode(span)
{
    public OverseasScopeKind Kind { get; } = kind;

    public IReadOnlyList<StringSyntax> Territories { get; } = territories;

    public override IEnumerable<SyntaxNode> Children => Territories;
}

public enum CalendarRuleKind
{
    /// <summary>"candidature déposée pendant la période de candidature": filed outside → inadmissible.</summary>
    FiledDuringCandidacyPeriod,

    /// <summary>"résultats transmis au plus tard au jalon": later → the window is not funded.</summary>
    ResultsByMilestone,

    /// <summary>"mesures dans la période de mesure": measured outside → the window is not funded.</summary>
    MeasuredWithinPeriod,
}

/// <summary>A rule of the programme over the dates of a candidacy.</summary>
public sealed class CalendarRuleSyntax(TextSpan span, CalendarRuleKind kind) : SyntaxNode(span)
{
    public CalendarRuleKind Kind { get; } = kind;

    public override IEnumerable<SyntaxNode> Children => [];
}

/// <summary>"recevable si condition" on a programme (every volet) or a volet.</summary>
public sealed class AdmissibilityConditionSyntax(TextSpan span, ExpressionSyntax condition) : SyntaxNode(span)
{
    public ExpressionSyntax Condition { get; } = condition;

    public override IEnumerable<SyntaxNode> Children => Nodes(Condition);
}

/// <summary>"avec les cibles de F1 et la dégressivité de F1" after "report vers F2".</summary>
public sealed class PostponementTermsSyntax(TextSpan span, IdentifierSyntax targetsOf, IdentifierSyntax degressivityOf) : SyntaxNode(span)
{
    public IdentifierSyntax TargetsOf { get; } = targetsOf;

    public IdentifierSyntax DegressivityOf { get; } = degressivityOf;

    public override IEnumerable<SyntaxNode> Children => Nodes(TargetsOf, DegressivityOf);
}
