using SunEs.LanguageServer.Features.Completion;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

/// <summary>
/// What a completion costs, without a clock: the entities it offers are indexed once per
/// analysis, by the analysis, and an answer makes items only of what it keeps, so each entity more
/// in the workspace adds a few bytes to a completion, not a whole item.
/// </summary>
public sealed class CompletionWorkTests(ITestOutputHelper output)
{
    /// <summary>Bytes one more datum may add to a completion that offers data: its tokens, its candidate; not an item with its texts and folded name.</summary>
    private const int BytesPerDatum = 400;

    [Fact]
    public async Task The_server_indexes_the_entities_of_each_analysis_before_a_completion_reads_them()
    {
        await using var session = LspTestSession.Start();
        await session.InitializeAsync();
        var uri = TestWorkspace.Uri("a.sunes");
        await session.OpenAsync(uri, Samples.A);
        await session.DiagnosticsForAsync(uri);

        Assert.True(EntityCandidates.IsPrepared(session.Server.Workspace.Analyses.Latest!.Compilation));
    }

    [Fact]
    public void A_completion_offering_thousands_of_data_makes_items_only_of_those_it_answers()
    {
        var few = Allocated(500);
        var many = Allocated(5_000);
        var perDatum = (many - few) / 4_500.0;
        output.WriteLine($"{few} bytes with 500 data, {many} with 5,000: {perDatum:F0} bytes per datum");

        Assert.True(perDatum <= BytesPerDatum, $"{perDatum:F0} bytes per datum (at most {BytesPerDatum})");
    }

    private static long Allocated(int data)
    {
        var extra = string.Concat(Enumerable.Range(0, data).Select(i => $"donnée montant_{i:D4} : montant \"Montant {i}\"\n"));
        var (context, offset) = TestWorkspace.At(Samples.A.Replace("forfait = forfait_d1", "forfait = $0") + extra);
        EntityCandidates.Prepare(context.Compilation);
        var list = CompletionService.Complete(context, offset, snippets: true);
        Assert.Equal(CompletionService.MaxItems, list.Items.Count);

        var before = GC.GetAllocatedBytesForCurrentThread();
        CompletionService.Complete(context, offset, snippets: true);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
