using SunEs.Text;

namespace SunEs.Syntax;

/// <summary>A date, or the explicit marker that the texts do not give it ("inconnue").</summary>
public sealed class DateValueSyntax(TextSpan span, DateOnly? value, bool isUnknown) : SyntaxNode(span)
{
    /// <summary>Null when unknown or invalid.</summary>
    public DateOnly? Value { get; } = value;

    public bool IsUnknown { get; } = isUnknown;

    public override IEnumerable<SyntaxNode> Children => [];
}

public sealed class PeriodSyntax(TextSpan span, DateValueSyntax start, DateValueSyntax end) : SyntaxNode(span)
{
    public DateValueSyntax Start { get; } = start;

    public DateValueSyntax End { get; } = end;

    public override IEnumerable<SyntaxNode> Children => Nodes(Start, End);
}

public enum DurationUnit
{
    Days,
    Weeks,
    Months,
}

public sealed class DurationSyntax(TextSpan span, decimal amount, DurationUnit unit) : SyntaxNode(span)
{
    public decimal Amount { get; } = amount;

    public DurationUnit Unit { get; } = unit;

    public override IEnumerable<SyntaxNode> Children => [];
}

/// <summary>An amount in euros (k€ and M€ already multiplied out).</summary>
public sealed class MoneySyntax(TextSpan span, decimal euros) : SyntaxNode(span)
{
    public decimal Euros { get; } = euros;

    public override IEnumerable<SyntaxNode> Children => [];
}

/// <summary>A percentage as written: 49 % has <see cref="Points"/> 49.</summary>
public sealed class PercentageSyntax(TextSpan span, decimal points) : SyntaxNode(span)
{
    public decimal Points { get; } = points;

    public override IEnumerable<SyntaxNode> Children => [];
}

/// <summary>An amount, possibly marked approximate ("environ 9,5 M€").</summary>
public sealed class AmountSyntax(TextSpan span, MoneySyntax money, bool isApproximate) : SyntaxNode(span)
{
    public MoneySyntax Money { get; } = money;

    public bool IsApproximate { get; } = isApproximate;

    public override IEnumerable<SyntaxNode> Children => Nodes(Money);
}
