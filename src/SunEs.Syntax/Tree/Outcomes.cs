using SunEs.Text;

namespace SunEs.Syntax;

/// <summary>What an establishment's outcome in a window says: an indicator's target was met, or a domain was funded.</summary>
public enum OutcomeKind
{
    /// <summary>"EX1.1 atteint": the indicator met its target.</summary>
    TargetMet,

    /// <summary>"D1 financé": the domain was funded.</summary>
    Funded,
}

/// <summary>In which window, before the candidacy's, an outcome is read.</summary>
public enum OutcomeReach
{
    /// <summary>"en F2": the window named.</summary>
    NamedWindow,

    /// <summary>"en fenêtre précédente": the latest window before the candidacy's in which the subject has an outcome.</summary>
    PreviousWindow,

    /// <summary>"déjà": any window before the candidacy's.</summary>
    AnyEarlierWindow,

    /// <summary>"D1 financé" with no window: the binder asks which one.</summary>
    Unstated,
}

/// <summary>
/// "EX1.1 atteint en F2", "D1 financé en fenêtre précédente", "D1 déjà financé": the establishment's
/// outcome in an earlier window of the programme, a fact the candidacy gives.
/// </summary>
public sealed class OutcomeExpressionSyntax(TextSpan span, IdentifierSyntax subject, OutcomeKind kind, TextSpan keywordSpan, OutcomeReach reach, IdentifierSyntax? window)
    : ExpressionSyntax(span)
{
    /// <summary>The indicator or domain.</summary>
    public IdentifierSyntax Subject { get; } = subject;

    public OutcomeKind Kind { get; } = kind;

    /// <summary>Where « atteint » or « financé » is written.</summary>
    public TextSpan KeywordSpan { get; } = keywordSpan;

    public OutcomeReach Reach { get; } = reach;

    /// <summary>The window named, with <see cref="OutcomeReach.NamedWindow"/>.</summary>
    public IdentifierSyntax? Window { get; } = window;

    public override IEnumerable<SyntaxNode> Children => Nodes(Subject, Window);
}

/// <summary>"résultats antérieurs D1 financé en F1, EX1.1 non atteint en F1": outcomes of earlier windows a test's candidacy gives.</summary>
public sealed class EarlierOutcomesSyntax(TextSpan span, IReadOnlyList<EarlierOutcomeSyntax> outcomes) : SyntaxNode(span)
{
    public IReadOnlyList<EarlierOutcomeSyntax> Outcomes { get; } = outcomes;

    public override IEnumerable<SyntaxNode> Children => Outcomes;
}

/// <summary>"D1 financé en F1" (<see cref="Value"/> true) or "D1 non financé en F1" (false).</summary>
public sealed class EarlierOutcomeSyntax(TextSpan span, IdentifierSyntax subject, bool value, OutcomeKind kind, TextSpan keywordSpan, IdentifierSyntax window) : SyntaxNode(span)
{
    public IdentifierSyntax Subject { get; } = subject;

    public bool Value { get; } = value;

    public OutcomeKind Kind { get; } = kind;

    public TextSpan KeywordSpan { get; } = keywordSpan;

    public IdentifierSyntax Window { get; } = window;

    public override IEnumerable<SyntaxNode> Children => Nodes(Subject, Window);
}
