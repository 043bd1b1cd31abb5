using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Features.Completion;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

/// <summary>Completion and hover for what formulas add: a category's values, min and max, « plafonné à », « au moins », « parmi ».</summary>
public class FormulaEditorTests
{
    private const string Amending = """
        instruction "TEST/2024/3"
            signée le 2024-09-01
            applicable le 2024-09-01
            modifie "TEST/2024/1"

        donnée catégorie : parmi "CH", "CHU", "privé lucratif" "Catégorie juridique"

        programme P modifié
            volet V1 modifié
                domaine D1 modifié
                    forfait = min(forfait_d1, 60 k€) plafonné à 50 k€ au moins 1 k€
                    éligible si catégorie parmi "CH", "CHU"

        test "t" au 2024-09-02
            candidature en F1 pour D1
            données catégorie = "CHU"

        """;

    private static FeatureContext Context(string marked, out int offset)
    {
        (var context, offset) = TestWorkspace.At(marked, ("a.sunes", Samples.A));
        return context;
    }

    private static List<CompletionItem> Items(string marked)
    {
        var context = Context(marked, out var offset);
        return CompletionService.Complete(context, offset, snippets: false).Items.ToList();
    }

    [Theory]
    [InlineData("éligible si catégorie parmi \"CH\", \"CHU\"", "éligible si catégorie = $0")]
    [InlineData("éligible si catégorie parmi \"CH\", \"CHU\"", "éligible si catégorie ≠ \"C$0")]
    [InlineData("éligible si catégorie parmi \"CH\", \"CHU\"", "éligible si catégorie parmi $0")]
    [InlineData("éligible si catégorie parmi \"CH\", \"CHU\"", "éligible si catégorie parmi \"CH\", $0")]
    [InlineData("données catégorie = \"CHU\"", "données catégorie = $0")]
    public void A_categorys_values_are_completed_quoted(string line, string marked)
    {
        var items = Items(Amending.Replace(line, marked, StringComparison.Ordinal));

        var values = items.Where(item => item.Kind == CompletionItemKind.EnumMember).ToList();
        Assert.Equal(["CH", "CHU", "privé lucratif"], values.Select(item => item.Label));
        Assert.Equal("\"privé lucratif\"", values[2].TextEdit!.NewText);
        Assert.Equal("valeur de « catégorie »", values[0].Detail);
    }

    [Fact]
    public void No_value_is_offered_after_a_datum_that_is_not_a_category()
    {
        var items = Items(Amending.Replace("éligible si catégorie parmi \"CH\", \"CHU\"", "éligible si forfait_d1 = $0", StringComparison.Ordinal));

        Assert.DoesNotContain(items, item => item.Kind == CompletionItemKind.EnumMember);
    }

    [Fact]
    public void Expressions_offer_min_max_and_the_new_keywords()
    {
        var items = Items(Amending.Replace("forfait = min(forfait_d1, 60 k€) plafonné à 50 k€ au moins 1 k€", "forfait = forfait_d1 $0", StringComparison.Ordinal));

        var functions = items.Where(item => item.Kind == CompletionItemKind.Function).ToList();
        Assert.Equal(["min", "max"], functions.Select(item => item.Label));
        Assert.Equal((InsertTextFormat.Snippet, "min(${1:a}, ${2:b})$0"), (functions[0].InsertTextFormat, functions[0].TextEdit!.NewText));
        Assert.Subset(items.Where(item => item.Kind == CompletionItemKind.Keyword).Select(item => item.Label).ToHashSet(),
            new HashSet<string> { "plafonné à", "au plus", "au moins", "parmi" });
    }

    [Theory]
    [InlineData("forfait = m$0in(", "**min(a, b, …)**")]
    [InlineData("k€) plafon$0né à", "**plafonné à** (ou **au plus**)")]
    [InlineData("k€ au mo$0ins", "**au moins**")]
    [InlineData("catégorie par$0mi \"CH\", \"CHU\"\n", "**parmi**")]
    public void Hover_says_what_min_caps_floors_and_parmi_do(string marked, string expected)
    {
        var context = Context(Amending.Replace(marked.Replace("$0", string.Empty, StringComparison.Ordinal), marked, StringComparison.Ordinal), out var offset);

        var hover = HoverService.Hover(context, offset);

        Assert.NotNull(hover);
        Assert.StartsWith(expected, hover.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Hover_on_a_category_datum_lists_its_values()
    {
        var context = Context(Amending.Replace("éligible si catégorie parmi", "éligible si catég$0orie parmi", StringComparison.Ordinal), out var offset);

        var hover = HoverService.Hover(context, offset);

        Assert.NotNull(hover);
        Assert.Contains("**donnée `catégorie`** : catégorie — Catégorie juridique", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("Valeurs : « CH », « CHU », « privé lucratif » (dans les données d'entrée, la casse, les accents et les espaces ne comptent pas).", hover.Contents.Value, StringComparison.Ordinal);
    }
}
