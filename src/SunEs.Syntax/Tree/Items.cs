using SunEs.Text;

namespace SunEs.Syntax;

/// <summary>"enveloppe 123 M€ dont …".</summary>
public sealed class EnvelopeSyntax(TextSpan span, AmountSyntax amount, IReadOnlyList<EnvelopePartSyntax> parts) : SyntaxNode(span)
{
    public AmountSyntax Amount { get; } = amount;

    public IReadOnlyList<EnvelopePartSyntax> Parts { get; } = parts;

    public override IEnumerable<SyntaxNode> Children => Nodes(Amount, Parts);
}

/// <summary>"enveloppe régionale "Normandie" [en F1] environ 9,5 M€ dont …".</summary>
public sealed class RegionalEnvelopeSyntax(TextSpan span, StringSyntax region, IdentifierSyntax? window, AmountSyntax amount, IReadOnlyList<EnvelopePartSyntax> parts) : SyntaxNode(span)
{
    public StringSyntax Region { get; } = region;

    /// <summary>The window the envelope is stated for, when the source scopes it to one.</summary>
    public IdentifierSyntax? Window { get; } = window;

    public AmountSyntax Amount { get; } = amount;

    public IReadOnlyList<EnvelopePartSyntax> Parts { get; } = parts;

    public override IEnumerable<SyntaxNode> Children => Nodes(Region, Window, Amount, Parts);
}

/// <summary>"dont D2, D3 1,41 M€" (named parts) or "dont "Expérimentation" 1,5 M€" (a labelled part).</summary>
public sealed class EnvelopePartSyntax(TextSpan span, IReadOnlyList<IdentifierSyntax> names, StringSyntax? description, AmountSyntax amount) : SyntaxNode(span)
{
    public IReadOnlyList<IdentifierSyntax> Names { get; } = names;

    public StringSyntax? Description { get; } = description;

    public AmountSyntax Amount { get; } = amount;

    public override IEnumerable<SyntaxNode> Children => Nodes(Names, Description, Amount);
}

public enum RoundingUnit
{
    Cent,
    Euro,
}

public enum RoundingMode
{
    HalfAwayFromZero,
    Up,
    Down,
}

/// <summary>"arrondi au centime", "arrondi à l'euro inférieur"…</summary>
public sealed class RoundingSyntax(TextSpan span, RoundingUnit unit, RoundingMode mode) : SyntaxNode(span)
{
    public RoundingUnit Unit { get; } = unit;

    public RoundingMode Mode { get; } = mode;

    public override IEnumerable<SyntaxNode> Children => [];
}

/// <summary>"fenêtres F1, F2, F3, F4" inside a volet.</summary>
public sealed class WindowListSyntax(TextSpan span, IReadOnlyList<IdentifierSyntax> windows) : SyntaxNode(span)
{
    public IReadOnlyList<IdentifierSyntax> Windows { get; } = windows;

    public override IEnumerable<SyntaxNode> Children => Windows;
}

public sealed class WindowValueSyntax(TextSpan span, IdentifierSyntax window, PercentageSyntax rate) : SyntaxNode(span)
{
    public IdentifierSyntax Window { get; } = window;

    public PercentageSyntax Rate { get; } = rate;

    public override IEnumerable<SyntaxNode> Children => Nodes(Window, Rate);
}

/// <summary>"dégressivité F1 100 %, F2 90 %…".</summary>
public sealed class DegressivitySyntax(TextSpan span, IReadOnlyList<WindowValueSyntax> rates) : SyntaxNode(span)
{
    public IReadOnlyList<WindowValueSyntax> Rates { get; } = rates;

    public override IEnumerable<SyntaxNode> Children => Rates;
}

/// <summary>"forfait = expression": the domain's base flat amount.</summary>
public sealed class ForfaitRuleSyntax(TextSpan span, ExpressionSyntax expression) : SyntaxNode(span)
{
    public ExpressionSyntax Expression { get; } = expression;

    public override IEnumerable<SyntaxNode> Children => Nodes(Expression);
}

/// <summary>"éligible si condition" on a domain.</summary>
public sealed class EligibilitySyntax(TextSpan span, ExpressionSyntax condition) : SyntaxNode(span)
{
    public ExpressionSyntax Condition { get; } = condition;

    public override IEnumerable<SyntaxNode> Children => Nodes(Condition);
}

/// <summary>"taux = numerator / denominator".</summary>
public sealed class RateDefinitionSyntax(TextSpan span, IdentifierSyntax numerator, IdentifierSyntax denominator) : SyntaxNode(span)
{
    public IdentifierSyntax Numerator { get; } = numerator;

    public IdentifierSyntax Denominator { get; } = denominator;

    public override IEnumerable<SyntaxNode> Children => Nodes(Numerator, Denominator);
}

/// <summary>"oui/non": the indicator is a yes/no statement.</summary>
public sealed class YesNoDefinitionSyntax(TextSpan span) : SyntaxNode(span)
{
    public override IEnumerable<SyntaxNode> Children => [];
}

/// <summary>"bonus expression": an amount added to the domain's funding when the indicator's target is met.</summary>
public sealed class BonusSyntax(TextSpan span, ExpressionSyntax amount) : SyntaxNode(span)
{
    public ExpressionSyntax Amount { get; } = amount;

    public override IEnumerable<SyntaxNode> Children => Nodes(Amount);
}

/// <summary>"applicable si condition" on an indicator.</summary>
public sealed class ApplicabilitySyntax(TextSpan span, ExpressionSyntax condition) : SyntaxNode(span)
{
    public ExpressionSyntax Condition { get; } = condition;

    public override IEnumerable<SyntaxNode> Children => Nodes(Condition);
}

public sealed class CandidacyPeriodSyntax(TextSpan span, PeriodSyntax period) : SyntaxNode(span)
{
    public PeriodSyntax Period { get; } = period;

    public override IEnumerable<SyntaxNode> Children => Nodes(Period);
}

public sealed class SelectionDelaySyntax(TextSpan span, DurationSyntax duration, bool isMaximum) : SyntaxNode(span)
{
    public DurationSyntax Duration { get; } = duration;

    public bool IsMaximum { get; } = isMaximum;

    public override IEnumerable<SyntaxNode> Children => Nodes(Duration);
}

public sealed class MeasurementPeriodSyntax(TextSpan span, LabelSyntax? label, PeriodSyntax period) : SyntaxNode(span)
{
    public LabelSyntax? Label { get; } = label;

    public PeriodSyntax Period { get; } = period;

    public override IEnumerable<SyntaxNode> Children => Nodes(Label, Period);
}

public sealed class MilestoneSyntax(TextSpan span, DateValueSyntax date) : SyntaxNode(span)
{
    public DateValueSyntax Date { get; } = date;

    public override IEnumerable<SyntaxNode> Children => Nodes(Date);
}

/// <summary>
/// "report vers F2 avec les cibles de F1 et la dégressivité de F1": a hospital of this window may
/// ask to be measured over that window's period, up to its milestone, under the stated terms.
/// </summary>
public sealed class PostponementSyntax(TextSpan span, IdentifierSyntax target, PostponementTermsSyntax? terms) : SyntaxNode(span)
{
    public IdentifierSyntax Target { get; } = target;

    /// <summary>Null when the text does not say which targets and degressivity apply (reported by the binder).</summary>
    public PostponementTermsSyntax? Terms { get; } = terms;

    public override IEnumerable<SyntaxNode> Children => Nodes(Target, Terms);
}

public sealed class PrerequisiteGroupSyntax(TextSpan span, StringSyntax group) : SyntaxNode(span)
{
    public StringSyntax Group { get; } = group;

    public override IEnumerable<SyntaxNode> Children => Nodes(Group);
}

public sealed class PrerequisiteVoletsSyntax(TextSpan span, IReadOnlyList<IdentifierSyntax> volets) : SyntaxNode(span)
{
    public IReadOnlyList<IdentifierSyntax> Volets { get; } = volets;

    public override IEnumerable<SyntaxNode> Children => Volets;
}

public sealed class PrerequisiteToleranceSyntax(TextSpan span, IReadOnlyList<IdentifierSyntax> windows) : SyntaxNode(span)
{
    public IReadOnlyList<IdentifierSyntax> Windows { get; } = windows;

    public override IEnumerable<SyntaxNode> Children => Windows;
}

/// <summary>"dérogation SUN0401 "motif"": what a convention check reports about the block is intended, for the reason given.</summary>
public sealed class WaiverSyntax(TextSpan span, IdentifierSyntax code, StringSyntax reason) : SyntaxNode(span)
{
    public IdentifierSyntax Code { get; } = code;

    public StringSyntax Reason { get; } = reason;

    public override IEnumerable<SyntaxNode> Children => Nodes(Code, Reason);
}
