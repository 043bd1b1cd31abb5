using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Semantics;
using SunEs.Syntax;

namespace SunEs.LanguageServer.Features;

/// <summary>
/// Hover on the words of an outcome of an earlier window (« atteint en », « déjà financé »,
/// « en fenêtre précédente »): what it reads, that the candidacy gives it, and the columns that
/// give it on the date of the hover.
/// </summary>
internal static class OutcomeHover
{
    public static Hover? Describe(FeatureContext context, int offset)
    {
        var outcome = context.Tree.Root.DescendantsAndSelf().OfType<OutcomeExpressionSyntax>().FirstOrDefault(node => node.Span.ContainsOrTouches(offset));
        if (outcome is null || outcome.Reach == OutcomeReach.Unstated)
        {
            return null;
        }

        var funded = outcome.Kind == OutcomeKind.Funded;
        var subject = outcome.Subject.Text;
        var what = funded
            ? context.T($"le domaine {subject} a été financé", $"domain {subject} was funded")
            : context.T($"l'indicateur {subject} a atteint sa cible", $"indicator {subject} met its target");
        var when = outcome.Reach switch
        {
            OutcomeReach.NamedWindow => context.T($"en {outcome.Window?.Text}", $"in {outcome.Window?.Text}"),
            OutcomeReach.PreviousWindow => context.T(
                "à la fenêtre de son volet qui précède de plus près celle de la candidature (faux s'il n'y en a pas)",
                "in the window of its volet closest before the candidacy's (false when there is none)"),
            _ => context.T(
                "dans l'une des fenêtres de son volet qui précèdent celle de la candidature (faux s'il n'y en a pas)",
                "in any window of its volet before the candidacy's (false when there is none)"),
        };
        var text = context.T($"**{context.Text[outcome.Span]}** : vrai quand {what} {when}.", $"**{context.Text[outcome.Span]}**: true when {what} {when}.")
            + "\n\n" + context.T(
                "C'est un fait de la candidature, que le moteur donne avec elle : les règles ne regardent pas les autres candidatures. S'il manque, la candidature est refusée en nommant sa colonne ; la décision dit chaque résultat lu et sa valeur.",
                "It is a fact of the candidacy, which the engine gives with it: the rules never look at other candidacies. When it is missing, the candidacy is refused naming its column; the decision states each outcome read and its value.");
        if (Columns(context, outcome) is { Count: > 0 } columns)
        {
            text += "\n\n" + context.T($"Colonnes au {Display.Date(context.Today, context.Language)} : ", $"Columns on {Display.Date(context.Today, context.Language)}: ")
                + string.Join(", ", columns.Select(column => $"`{column}`"));
        }

        return new Hover(MarkupContent.Markdown(text), PositionConverter.ToRange(context.Text, outcome.Span));
    }

    /// <summary>The columns of the outcomes the expression reads on the date of the hover, when its rule is in force then.</summary>
    private static List<string> Columns(FeatureContext context, OutcomeExpressionSyntax outcome)
    {
        var rules = context.Compilation.GetRulesInForce(context.Today);
        foreach (var programme in rules.Programmes)
        {
            if (OutcomeRead.In(rules, programme).FirstOrDefault(read => read.Outcome.Syntax == outcome) is { } read)
            {
                var order = WindowOrder.Of(rules.Windows.Where(window => window.Symbol.Programme == programme.Symbol));
                var word = read.Outcome.Kind == OutcomeKind.Funded ? "financé" : "atteint";
                return read.WindowsRead(rules, order).Select(window => $"{read.Outcome.Subject.Id} {word} en {window.Id}").ToList();
            }
        }

        return [];
    }
}
