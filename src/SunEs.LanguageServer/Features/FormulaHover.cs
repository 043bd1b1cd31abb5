using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.LanguageServer.Features;

/// <summary>
/// Hover on what formulas are made of beyond names — min and max, « plafonné à », « au plus »,
/// « au moins » and « parmi » — and on the code of a waiver: the check it sets aside.
/// </summary>
internal static class FormulaHover
{
    public static Hover? Describe(FeatureContext context, int offset)
    {
        foreach (var node in context.Tree.Root.DescendantsAndSelf())
        {
            var (span, text) = node switch
            {
                CallExpressionSyntax call when call.Function.Span.ContainsOrTouches(offset) => (call.Function.Span, Function(context, call.Function.Text)),
                WaiverSyntax waiver when waiver.Code.Span.ContainsOrTouches(offset) => (waiver.Code.Span, Waived(context, waiver.Code.Text)),
                BinaryExpressionSyntax { Operator: BinaryOperator.AtMost } capped when capped.OperatorSpan.ContainsOrTouches(offset) => (capped.OperatorSpan, context.T(
                    "**plafonné à** (ou **au plus**) : la valeur de gauche, sans dépasser celle de droite — `150 € × lits plafonné à 60 k€` vaut au plus 60 k€. Les deux sont du même type (montant, pourcentage, nombre ou date).",
                    "**plafonné à** (or **au plus**): the left value, not above the right one — `150 € × lits plafonné à 60 k€` is at most 60 k€. Both are of one type (amount, percentage, number or date).")),
                BinaryExpressionSyntax { Operator: BinaryOperator.AtLeast } floored when floored.OperatorSpan.ContainsOrTouches(offset) => (floored.OperatorSpan, context.T(
                    "**au moins** : la valeur de gauche, sans descendre sous celle de droite — `forfait_notifié au moins 10 k€` vaut au moins 10 k€. Les deux sont du même type.",
                    "**au moins**: the left value, not below the right one — `forfait_notifié au moins 10 k€` is at least 10 k€. Both are of one type.")),
                _ => (default(TextSpan), (string?)null),
            };
            if (text is not null)
            {
                return new Hover(MarkupContent.Markdown(text), PositionConverter.ToRange(context.Text, span));
            }
        }

        var keyword = context.Tree.Tokens.FirstOrDefault(token => token.Kind == SyntaxTokenKind.Keyword && token.Span.ContainsOrTouches(offset)
            && Completion.Lexemes.Fold(context.Text[token.Span]) == "parmi");
        return keyword.Span.Length == 0 ? null : new Hover(MarkupContent.Markdown(context.T(
            "**parmi** : dans une déclaration, les valeurs que prend une donnée (`donnée catégorie : parmi \"CH\", \"CHU\"`) ; dans une condition, vrai quand la donnée vaut l'une des valeurs citées (`catégorie parmi \"CH\", \"CHU\"`). Les textes écrivent les valeurs comme la déclaration ; dans les données d'entrée, la casse, les accents et les espaces ne comptent pas.",
            "**parmi**: in a declaration, the values a datum takes (`donnée catégorie : parmi \"CH\", \"CHU\"`); in a condition, true when the datum holds one of the values listed (`catégorie parmi \"CH\", \"CHU\"`). Texts write the values as declared; in input data, case, accents and spacing do not matter.")),
            PositionConverter.ToRange(context.Text, keyword.Span));
    }

    private static string? Waived(FeatureContext context, string code) =>
        Diagnostics.DiagnosticCatalog.All.FirstOrDefault(descriptor => descriptor.Code == code.ToUpperInvariant()) is { IsWaivable: true } descriptor
            ? context.T($"**dérogation à {descriptor.Code}** : ce contrôle ne signale plus, pour ce bloc, ce qu'il signalerait :\n\n> ",
                $"**waiver of {descriptor.Code}**: for this block, the check no longer reports what it would:\n\n> ")
                + System.Text.RegularExpressions.Regex.Replace(descriptor.Format(context.Language), @"\{[0-9]+\}", "…")
            : null;

    private static string? Function(FeatureContext context, string name) => name.ToLowerInvariant() switch
    {
        "min" => context.T("**min(a, b, …)** : la plus petite des valeurs, toutes du même type (montant, pourcentage, nombre ou date).",
            "**min(a, b, …)**: the smallest of the values, all of one type (amount, percentage, number or date)."),
        "max" => context.T("**max(a, b, …)** : la plus grande des valeurs, toutes du même type (montant, pourcentage, nombre ou date).",
            "**max(a, b, …)**: the largest of the values, all of one type (amount, percentage, number or date)."),
        _ => null,
    };
}
