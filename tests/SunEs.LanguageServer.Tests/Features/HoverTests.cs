using SunEs.Diagnostics;
using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

public class HoverTests(ITestOutputHelper output)
{
    private string HoverText(string marked, DateOnly? today = null, MessageLanguage language = MessageLanguage.French)
    {
        var (text, offset) = Marked.Parse(marked);
        var workspace = marked.Contains("TEST/2024/1\"\n    signée", StringComparison.Ordinal)
            ? TestWorkspace.FromTexts(("sample.sunes", text))
            : TestWorkspace.FromTexts(("sample.sunes", text), ("a.sunes", Samples.A));
        var context = TestWorkspace.Context(workspace, TestWorkspace.Uri("sample.sunes"), today, language);
        var hover = HoverService.Hover(context, offset);
        Assert.NotNull(hover);
        output.WriteLine(hover.Contents.Value);
        Assert.Equal("markdown", hover.Contents.Kind);
        return hover.Contents.Value;
    }

    [Fact]
    public void Window_shows_its_values_in_force_today_with_their_text_and_what_they_replaced()
    {
        var value = HoverText(Samples.B.Replace("fenêtre F2 modifiée", "fenêtre F$02 modifiée"));
        Assert.Contains("**fenêtre `F2`** — Fenêtre 2", value);
        Assert.Contains("Déclaration : *TEST/2024/1* ; modification : *TEST/2024/2*.", value);
        Assert.Contains("**En vigueur au 15/06/2025**", value);
        Assert.Contains("- **candidature** : du 01/08/2024 au 30/09/2024 — *2024/1*", value);
        Assert.Contains("- **jalon** : 31/03/2025 — *2024/2*, remplace 31/01/2025 (*2024/1*)", value);
    }

    [Fact]
    public void Window_hover_speaks_english_when_the_client_does()
    {
        var value = HoverText(Samples.B.Replace("fenêtre F2 modifiée", "fenêtre F2$0 modifiée"), language: MessageLanguage.English);
        Assert.Contains("**window `F2`** — Fenêtre 2", value);
        Assert.Contains("**In force on 2025-06-15**", value);
        Assert.Contains("2025-03-31 — *2024/2*, replaces 2025-01-31 (*2024/1*)", value);
    }

    [Fact]
    public void Indicator_shows_its_measure_and_its_targets_window_by_window()
    {
        var value = HoverText(Samples.B.Replace("    I1          40 %", "    I$01          40 %"));
        Assert.Contains("**indicateur `I1`** — Indicateur un", value);
        Assert.Contains("Dans domaine `D1`, volet `V1`, programme `P`.", value);
        Assert.Contains("taux = `num` / `den`", value);
        Assert.Contains("| `F1` | 40 % | *2024/2* |", value);
        Assert.Contains("| `F2` | 45 % | *2024/2*, remplace 50 % (*2024/1*) |", value);
    }

    [Fact]
    public void Datum_shows_its_type_and_label()
    {
        var value = HoverText("instruction \"X/1\"\n    signée le 2024-02-01\n    applicable le 2024-02-01\n    modifie \"TEST/2024/1\"\n\nprogramme P modifié\n    volet V1 modifié\n        domaine D1 modifié\n            forfait = num$0\n");
        Assert.StartsWith("**donnée `num`** : entier — Numérateur", value);
        Assert.DoesNotContain("En vigueur", value);
    }

    [Fact]
    public void Prerequisite_and_volet_show_their_rules()
    {
        var prerequisite = HoverText(Samples.A.Replace("prérequis PR1", "prérequis PR$01"));
        Assert.Contains("- **groupe** : Sécurité — *2024/1*", prerequisite);
        Assert.Contains("- **volets** : tous", prerequisite);

        var volet = HoverText(Samples.A.Replace("volet V1 \"Volet un\"", "volet V$01 \"Volet un\""));
        Assert.Contains("- **fenêtres** : `F1`, `F2` — *2024/1*", volet);
        Assert.Contains("- **dégressivité en F2** : 90 % — *2024/1*", volet);
        Assert.Contains("- **domaines** : `D1`", volet);
    }

    [Fact]
    public void Entity_not_yet_in_force_says_so()
    {
        var value = HoverText(Samples.A.Replace("fenêtre F1 \"", "fenêtre F$01 \""), today: new DateOnly(2023, 1, 1));
        Assert.Contains("*Pas en vigueur au 01/01/2023.*", value);
    }

    [Fact]
    public void Amended_instruction_number_shows_that_instruction()
    {
        var value = HoverText(Samples.B.Replace("modifie \"TEST", "modifie \"TE$0ST"));
        Assert.Contains("**instruction TEST/2024/1**", value);
        Assert.Contains("- applicable le 10/01/2024", value);
    }

    [Fact]
    public void Nothing_to_say_on_a_keyword_or_a_comment()
    {
        var (context, offset) = TestWorkspace.At(Samples.A.Replace("fenêtre F1 \"", "fenê$0tre F1 \""));
        Assert.Null(HoverService.Hover(context, offset));
    }

    [Fact]
    public void Corpus_window_F2_shows_the_2023_milestone_and_the_2021_one_it_replaced()
    {
        var context = TestWorkspace.Context(TestWorkspace.Corpus(), TestWorkspace.CorpusUri("2023-28.sunes"));
        var hover = HoverService.Hover(context, TestWorkspace.Find(context, "fenêtre F2 modifiée", "fenêtre ".Length));
        Assert.NotNull(hover);
        output.WriteLine(hover.Contents.Value);
        Assert.Contains("- **jalon** : 31/03/2023 — *2023/28*, remplace 31/12/2022 (*2021/167*)", hover.Contents.Value);

        var f1 = HoverService.Hover(context, TestWorkspace.Find(context, "report de F1 vers F2", "report de ".Length));
        Assert.Null(f1);
    }

    [Fact]
    public void Corpus_values_resting_on_an_assumption_say_so()
    {
        var context = TestWorkspace.Context(TestWorkspace.Corpus(), TestWorkspace.CorpusUri("2021-167.sunes"));
        var hover = HoverService.Hover(context, TestWorkspace.Find(context, "fenêtre F1 \"Fenêtre 1\"", "fenêtre ".Length));
        Assert.NotNull(hover);
        output.WriteLine(hover.Contents.Value);
        Assert.Contains("- **report** : vers `F2`, cibles de `F1`, dégressivité de `F1` — *2021/167* — ⚠ *supposé : seed 000 §2", hover.Contents.Value);
        Assert.Contains("- **mesure** : ", hover.Contents.Value);
        Assert.Contains("⚠ *déduit : dates lues dans le seul libellé « Fenêtre 1 S1 2022 » (seed 001)*", hover.Contents.Value);
    }
}
