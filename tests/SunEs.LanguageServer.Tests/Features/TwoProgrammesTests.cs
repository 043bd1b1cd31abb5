using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Features.Completion;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

/// <summary>A workspace of two programmes that both declare V1, D1, F1 and I1: each document sees, completes and renames its own.</summary>
public class TwoProgrammesTests
{
    private const string Tests = """
        instruction "TEST/2024/T"
            signée le 2024-06-01
            applicable le 2024-06-01

        test "Q, qualifié" au 2024-06-02
            candidature en Q.F1 pour D1
            prérequis aucun
            données forfait_q = 10 k€
            mesures I1 = oui
            attendu
                D1 financé 10 000 €

        """;

    [Fact]
    public void The_workspace_checks_clean()
    {
        var context = TestWorkspace.Context(TestWorkspace.FromTexts(("a.sunes", Samples.A), ("q.sunes", Samples.Q), ("t.sunes", Tests)), TestWorkspace.Uri("q.sunes"));
        Assert.DoesNotContain(context.Compilation.Diagnostics, diagnostic => diagnostic.IsError);
    }

    [Fact]
    public void Renaming_D1_in_one_programme_leaves_the_other_programmes_D1_untouched()
    {
        var (context, offset) = TestWorkspace.At(Samples.Q.Replace("domaine D1 \"Domaine de Q\"", "domaine D$01 \"Domaine de Q\"", StringComparison.Ordinal),
            ("a.sunes", Samples.A), ("t.sunes", Tests));

        var edit = RenameService.Rename(context, offset, "D7");

        Assert.Equal([TestWorkspace.Uri("sample.sunes"), TestWorkspace.Uri("t.sunes")], edit.Changes.Keys.Order(StringComparer.Ordinal));
        Assert.Single(edit.Changes[TestWorkspace.Uri("sample.sunes")]);
        Assert.Equal(2, edit.Changes[TestWorkspace.Uri("t.sunes")].Count);
        Assert.All(edit.Changes.Values.SelectMany(edits => edits), change => Assert.Equal(2, change.Range.End.Character - change.Range.Start.Character));
    }

    [Fact]
    public void Renaming_the_programme_edits_the_qualified_names_that_use_it()
    {
        var (context, offset) = TestWorkspace.At(Samples.Q.Replace("programme Q ", "programme Q$0 ", StringComparison.Ordinal), ("a.sunes", Samples.A), ("t.sunes", Tests));

        var edit = RenameService.Rename(context, offset, "CaRE");

        var qualified = Assert.Single(edit.Changes[TestWorkspace.Uri("t.sunes")]);
        Assert.Equal(new Position(5, 19), qualified.Range.Start);
        Assert.Equal(new Position(5, 20), qualified.Range.End);
    }

    [Fact]
    public void A_name_taken_only_in_the_other_programme_is_free()
    {
        var (context, offset) = TestWorkspace.At(Samples.A.Replace("donnée num :", "donnée n$0um :", StringComparison.Ordinal), ("q.sunes", Samples.Q));

        var edit = RenameService.Rename(context, offset, "forfait_q");

        Assert.Equal(2, edit.Changes[TestWorkspace.Uri("sample.sunes")].Count);
        Assert.Throws<LspException>(() => RenameService.Rename(context, offset, "den"));
    }

    [Fact]
    public void Completion_offers_only_the_documents_programme_and_qualified_names_where_it_cannot_be_told()
    {
        var (inQ, inQOffset) = TestWorkspace.At(Samples.Q.Replace("forfait = forfait_q", "forfait = $0", StringComparison.Ordinal), ("a.sunes", Samples.A));
        var (inTests, inTestsOffset) = TestWorkspace.At(Tests.Replace("candidature en Q.F1", "candidature en $0", StringComparison.Ordinal), ("a.sunes", Samples.A), ("q.sunes", Samples.Q));

        var data = CompletionService.Complete(inQ, inQOffset, snippets: false).Items.Where(item => item.Kind == CompletionItemKind.Variable).Select(item => item.Label);
        var windows = CompletionService.Complete(inTests, inTestsOffset, snippets: false).Items.Where(item => item.Kind == CompletionItemKind.Event).Select(item => item.Label);

        Assert.Equal(["forfait_q"], data);
        Assert.Equal(["P.F1", "P.F2", "Q.F1"], windows);
    }

    [Fact]
    public void Hover_on_a_qualified_name_describes_the_entity_of_that_programme()
    {
        var context = TestWorkspace.Context(TestWorkspace.FromTexts(("a.sunes", Samples.A), ("q.sunes", Samples.Q), ("t.sunes", Tests)), TestWorkspace.Uri("t.sunes"));

        var hover = HoverService.Hover(context, TestWorkspace.Find(context, "Q.F1", delta: 3));

        Assert.NotNull(hover);
        Assert.Contains("Fenêtre de Q", hover.Contents.Value, StringComparison.Ordinal);
    }
}
