using SunEs.LanguageServer.Features.Completion;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

/// <summary>A workspace with more data than one answer carries: the list is cut and says so, with the items that begin with the typed word first.</summary>
public sealed class CompletionBoundTests
{
    private static readonly string ManyData = string.Concat(Enumerable.Range(0, 500).Select(i => $"donnée montant_{i:D3} : montant \"Montant {i}\"\n"));

    [Fact]
    public void More_candidates_than_the_bound_give_an_incomplete_list_of_the_bound()
    {
        var (context, offset) = TestWorkspace.At(Samples.A.Replace("forfait = forfait_d1", "forfait = $0") + ManyData);

        var list = CompletionService.Complete(context, offset, snippets: false);

        Assert.True(list.IsIncomplete);
        Assert.Equal(CompletionService.MaxItems, list.Items.Count);
    }

    [Fact]
    public void The_items_that_begin_with_the_typed_word_come_first()
    {
        var (context, offset) = TestWorkspace.At(Samples.A.Replace("forfait = forfait_d1", "forfait = Montant_49$0") + ManyData);

        var list = CompletionService.Complete(context, offset, snippets: false);

        Assert.True(list.IsIncomplete);
        Assert.Equal(Enumerable.Range(490, 10).Select(i => $"montant_{i:D3}"), list.Items.Take(10).Select(item => item.Label));
    }

    [Fact]
    public void A_list_within_the_bound_is_complete_and_whole()
    {
        var (context, offset) = TestWorkspace.At(Samples.A.Replace("forfait = forfait_d1", "forfait = $0"));

        var list = CompletionService.Complete(context, offset, snippets: false);

        Assert.False(list.IsIncomplete);
        Assert.Contains(list.Items, item => item.Label == "forfait_d1");
    }
}
