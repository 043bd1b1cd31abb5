using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using SunEs.Diagnostics;
using SunEs.Text;
using static SunEs.Syntax.Generated.SunEsParser;

namespace SunEs.Syntax.Parsing;

internal sealed partial class SyntaxTreeBuilder
{
    private DateValueSyntax DateValue(DateValueContext? context, ParserRuleContext owner)
    {
        if (context is null)
        {
            return new DateValueSyntax(After(owner), null, false);
        }

        if (context.INCONNU() is not null)
        {
            return new DateValueSyntax(Span(context), null, true);
        }

        var date = context.DATE();
        return date is null || IsConjured(date)
            ? new DateValueSyntax(new TextSpan(Span(context).Start, 0), null, false)
            : new DateValueSyntax(Span(date), ParseDate(date), false);
    }

    private DateOnly? ParseDate(ITerminalNode node)
    {
        if (LiteralParsing.TryParseDate(node.GetText(), out var date))
        {
            return date;
        }

        diagnostics.Report(DiagnosticCatalog.InvalidDate, Span(node), node.GetText());
        return null;
    }

    private PeriodSyntax Period(PeriodContext? context, ParserRuleContext owner)
    {
        if (context is null)
        {
            return new PeriodSyntax(After(owner), new DateValueSyntax(After(owner), null, false), new DateValueSyntax(After(owner), null, false));
        }

        return new PeriodSyntax(Span(context), DateValue(context.dateValue(0), context), DateValue(context.dateValue(1), context));
    }

    private DurationSyntax Duration(DurationContext? context, ParserRuleContext owner)
    {
        if (context is null)
        {
            return new DurationSyntax(After(owner), 0, DurationUnit.Months);
        }

        var unit = context.JOURS() is not null ? DurationUnit.Days : context.SEMAINES() is not null ? DurationUnit.Weeks : DurationUnit.Months;
        return new DurationSyntax(Span(context), Number(context.NUMBER()), unit);
    }

    private AmountSyntax Amount(AmountContext? context, ParserRuleContext owner) =>
        context is null
            ? new AmountSyntax(After(owner), new MoneySyntax(After(owner), 0), false)
            : new AmountSyntax(Span(context), Money(context.money(), context), context.ENVIRON() is not null);

    private MoneySyntax Money(MoneyContext? context, ParserRuleContext owner)
    {
        if (context is null)
        {
            return new MoneySyntax(After(owner), 0);
        }

        var factor = context.KILO_EURO() is not null ? 1_000m : context.MEGA_EURO() is not null ? 1_000_000m : 1m;
        return new MoneySyntax(Span(context), Scale(Number(context.NUMBER()), factor, context));
    }

    private PercentageSyntax Percentage(PercentageContext? context, ParserRuleContext owner) =>
        context is null ? new PercentageSyntax(After(owner), 0) : new PercentageSyntax(Span(context), Number(context.NUMBER()));

    private decimal Number(ITerminalNode? node)
    {
        if (node is null || IsConjured(node))
        {
            return 0;
        }

        if (LiteralParsing.TryParseNumber(node.GetText(), out var value))
        {
            return value;
        }

        diagnostics.Report(DiagnosticCatalog.InvalidNumber, Span(node), node.GetText());
        return 0;
    }

    private decimal Scale(decimal value, decimal factor, ParserRuleContext context)
    {
        try
        {
            return value * factor;
        }
        catch (OverflowException)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidNumber, Span(context), context.GetText());
            return 0;
        }
    }
}
