using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.LanguageServer.Features;

/// <summary>
/// Beside each value an amending text changes (a grid cell, a degressivity rate, a window's
/// candidacy, selection, measurement or milestone), what it replaced and from which text:
/// « ← 59 % (2021/167) ». The rules are consolidated on the day the document's instruction
/// starts to apply, so the hint shows what this text changed, whatever later texts did.
/// A value restated unchanged gets no hint.
/// </summary>
public static class InlayHintService
{
    public static IReadOnlyList<InlayHint> InlayHints(FeatureContext context, TextSpan range)
    {
        if (context.Instruction?.AppliesFrom is not { } applies)
        {
            return [];
        }

        var rules = context.Compilation.GetRulesInForce(applies);
        var hints = new List<(int Offset, InlayHint Hint)>();
        foreach (var window in rules.Windows)
        {
            Add(context, hints, window.Candidacy, p => Display.Period(p, context.Language));
            Add(context, hints, window.Selection, d => Display.Delay(d, context.Language));
            Add(context, hints, window.Measurement, m => Display.Measurement(m, context.Language));
            Add(context, hints, window.Milestone, d => Display.Date(d, context.Language));
        }

        foreach (var volet in rules.Volets)
        {
            foreach (var rate in volet.Degressivity.Values)
            {
                Add(context, hints, rate, Display.Percent);
            }

            foreach (var target in volet.Targets.Values)
            {
                Add(context, hints, target, Display.Target);
            }
        }

        return hints.Where(h => h.Offset >= range.Start && h.Offset <= range.End).OrderBy(h => h.Offset).Select(h => h.Hint).ToList();
    }

    private static void Add<T>(FeatureContext context, List<(int, InlayHint)> hints, Sourced<T>? value, Func<T, string> format)
    {
        for (var link = value; link is not null; link = link.Replaced)
        {
            if (link.Location.Source != context.Text || link.Replaced is not { } replaced || RulesDescription.SameValue(link.Value, replaced.Value))
            {
                continue;
            }

            var offset = link.Location.Span.End;
            var shortName = Display.ShortName(replaced.Instruction);
            hints.Add((offset, new InlayHint(PositionConverter.ToPosition(context.Text, offset), $"← {format(replaced.Value)} ({shortName})")
            {
                Tooltip = context.T($"Remplace {format(replaced.Value)}, fixé par {replaced.Instruction.Number}",
                    $"Replaces {format(replaced.Value)}, set by {replaced.Instruction.Number}"),
                PaddingLeft = true,
            }));
        }
    }
}
