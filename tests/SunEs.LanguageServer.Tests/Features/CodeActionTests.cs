using SunEs.Diagnostics;
using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Features.CodeActions;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

public class CodeActionTests(ITestOutputHelper output)
{
    private static FeatureContext Context(string a, string? b = null) =>
        TestWorkspace.Context(b is null ? TestWorkspace.FromTexts(("a.sunes", a)) : TestWorkspace.FromTexts(("a.sunes", a), ("b.sunes", b)),
            TestWorkspace.Uri(b is null ? "a.sunes" : "b.sunes"));

    private static IReadOnlyList<CodeAction> ActionsFor(FeatureContext context, string code, MessageLanguage language = MessageLanguage.French)
    {
        var diagnostic = DiagnosticConverter.For(context.Compilation, context.Text).First(d => d.Code == code);
        return CodeActionService.CodeActions(context with { Language = language }, diagnostic.Location.Span);
    }

    /// <summary>Applies the action's edits to the document they target (latest position first).</summary>
    private static string Apply(FeatureContext context, CodeAction action, string uri)
    {
        var text = context.Snapshot.Find(uri)!.Text;
        var content = text.Content;
        foreach (var edit in action.Edit.Changes[uri].OrderByDescending(e => e.Range.Start.Line).ThenByDescending(e => e.Range.Start.Character))
        {
            var start = text.GetOffset(new SunEs.Text.LinePosition(edit.Range.Start.Line, edit.Range.Start.Character));
            var end = text.GetOffset(new SunEs.Text.LinePosition(edit.Range.End.Line, edit.Range.End.Character));
            content = content[..start] + edit.NewText + content[end..];
        }

        return content;
    }

    [Fact]
    public void Did_you_mean_fix_replaces_the_unknown_name()
    {
        var context = Context(Samples.A, Samples.B.Replace("fenêtres    F1      F2", "fenêtres    F1      F22"));
        var action = Assert.Single(ActionsFor(context, "SUN0201"));
        Assert.Equal("Remplacer par « F2 »", action.Title);
        Assert.Equal(CodeActionKind.QuickFix, action.Kind);
        Assert.Equal("SUN0201", Assert.Single(action.Diagnostics!).Code);
        Assert.Equal(Samples.B, Apply(context, action, TestWorkspace.Uri("b.sunes")));
    }

    [Fact]
    public void Amendment_marker_fix_adds_modifiee_in_the_clients_language()
    {
        var context = Context(Samples.A, Samples.B.Replace("fenêtre F2 modifiée", "fenêtre F2"));
        Assert.Equal("Mark as an amendment", Assert.Single(ActionsFor(context, "SUN0203", MessageLanguage.English)).Title);
        var action = Assert.Single(ActionsFor(context, "SUN0203"));
        Assert.Equal(Samples.B, Apply(context, action, TestWorkspace.Uri("b.sunes")));
    }

    [Fact]
    public void Missing_window_column_is_added_to_the_grid_header_and_rows()
    {
        var a = Samples.A.Replace("fenêtres F1, F2", "fenêtres F1, F2, F3").Replace("F2 90 %", "F2 90 %, F3 80 %")
            + "fenêtre F3 \"Fenêtre 3\"\n    candidature du 2025-02-01 au 2025-03-31\n    mesure \"S3\" du 2025-04-01 au 2025-06-30\n    jalon 2025-07-31\n";
        var context = Context(a);
        var action = Assert.Single(ActionsFor(context, "SUN0503"));
        Assert.Equal("Ajouter la colonne F3 à la grille du volet V1 (« / »)", action.Title);
        var fixedText = Apply(context, action, TestWorkspace.Uri("a.sunes"));
        output.WriteLine(fixedText);
        Assert.Contains("    fenêtres    F1      F2      F3\n    I1          40 %    50 %    /\n", fixedText);
        Assert.DoesNotContain(Context(fixedText).Compilation.Diagnostics, d => d.Code == "SUN0503");
    }

    [Fact]
    public void Missing_row_is_added_with_a_slash_per_window()
    {
        var a = Samples.A.Replace("                taux = num / den\n", "                taux = num / den\n            indicateur I2 \"Deux\"\n                taux = num / den\n");
        var context = Context(a);
        var action = Assert.Single(ActionsFor(context, "SUN0503"));
        Assert.Equal("Ajouter la ligne I2 à la grille du volet V1 (« / »)", action.Title);
        var fixedText = Apply(context, action, TestWorkspace.Uri("a.sunes"));
        Assert.Contains("    I1          40 %    50 %\n    I2          /       /\n", fixedText);
        Assert.DoesNotContain(Context(fixedText).Compilation.Diagnostics, d => d.Code == "SUN0503");
    }

    [Fact]
    public void Missing_cell_is_appended_to_a_short_row()
    {
        var context = Context(Samples.A.Replace("    I1          40 %    50 %", "    I1          40 %"));
        var action = Assert.Single(ActionsFor(context, "SUN0503"), a => a.Title.StartsWith("Ajouter « / »", StringComparison.Ordinal));
        Assert.Equal("Ajouter « / » pour I1 en F2", action.Title);
        var fixedText = Apply(context, action, TestWorkspace.Uri("a.sunes"));
        Assert.Contains("    I1          40 %    /\n", fixedText);
        Assert.DoesNotContain(Context(fixedText).Compilation.Diagnostics, d => d.Code is "SUN0503" or "SUN0500");
    }

    [Fact]
    public void Missing_degressivity_rate_is_appended_as_zero_for_the_author_to_fill_in()
    {
        var context = Context(Samples.A.Replace("dégressivité F1 100 %, F2 90 %", "dégressivité F1 100 %"));
        var action = Assert.Single(ActionsFor(context, "SUN0506"));
        Assert.Equal("Ajouter la dégressivité de F2", action.Title);
        Assert.True(action.IsPreferred);
        var fixedText = Apply(context, action, TestWorkspace.Uri("a.sunes"));
        Assert.Contains("dégressivité F1 100 %, F2 0 %\n", fixedText);
        Assert.DoesNotContain(Context(fixedText).Compilation.Diagnostics, d => d.Code == "SUN0506");
    }

    [Fact]
    public void Missing_degressivity_line_is_added_to_the_amending_volet()
    {
        const string addsAWindow = """
            instruction "TEST/2024/2"
                signée le 2024-06-01
                applicable le 2024-06-01
                modifie "TEST/2024/1"

            programme P modifié
                volet V1 modifié
                    fenêtres F1, F2, F3

            fenêtre F3 "Fenêtre 3"
                candidature du 2025-02-01 au 2025-03-31
                mesure "S3" du 2025-04-01 au 2025-06-30
                jalon 2025-07-31

            cibles du volet V1 modifiées
                fenêtres    F3
                I1          60 %

            """;
        var context = Context(Samples.A, addsAWindow);
        var action = Assert.Single(ActionsFor(context, "SUN0506"));
        var fixedText = Apply(context, action, TestWorkspace.Uri("b.sunes"));
        Assert.Contains("        fenêtres F1, F2, F3\n        dégressivité F3 0 %\n", fixedText);
    }

    [Fact]
    public void A_volet_without_degressivity_pays_100_percent_and_needs_no_fix()
    {
        var context = Context(Samples.A.Replace("        dégressivité F1 100 %, F2 90 %\n", string.Empty));
        Assert.DoesNotContain(context.Compilation.Diagnostics, d => d.Code == "SUN0506");
    }

    [Fact]
    public void No_action_outside_diagnostics()
    {
        var context = Context(Samples.A);
        Assert.Empty(CodeActionService.CodeActions(context, new SunEs.Text.TextSpan(0, context.Text.Length)));
    }
}
