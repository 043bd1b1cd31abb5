using SunEs.Diagnostics;
using SunEs.Documents.Diff;
using SunEs.Documents.Tests.Support;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Documents.Tests;

/// <summary>
/// A rule removed by a later text is cited at that text, as `show` cites it: a target replaced by
/// « / », and the degressivity and targets of a window taken out of its volet's list.
/// </summary>
public sealed class RemovalDiffTests
{
    private const string Removing = "DGOS/PF5/DNS/2024/01";

    private static readonly Lazy<Compilation> Amended = new(() => Compilation.Parse(
        Corpus.Texts()
            .Append(new SourceText("instructions/2024-01.sunes", """
                instruction "DGOS/PF5/DNS/2024/01"
                    signée le 1er février 2024
                    applicable le 1er février 2024
                    modifie "DGOS/PF5/DNS/CTO/2021/167", "DGOS/PF5/DNS/2022/40", "DGOS/PF5/DNS/2023/28"

                cibles du volet V1 modifiées
                    fenêtres    F4
                    DS1.2       /

                programme SUNES modifié
                    volet V2 modifié
                        fenêtres F2, F3
                        dégressivité F2 100 %, F3 90 %

                """))));

    private static RulesDiff Diff() => RulesDocuments.Diff(Amended.Value, new DateOnly(2023, 4, 1), new DateOnly(2024, 2, 1), MessageLanguage.French);

    [Fact]
    public void The_texts_check_clean()
    {
        Assert.False(Amended.Value.HasErrors, string.Join('\n', Amended.Value.Diagnostics));
    }

    [Fact]
    public void A_target_replaced_by_a_slash_is_removed_by_the_text_that_wrote_the_slash()
    {
        var change = Assert.Single(Diff().Changes, change => change.Key == "target/V1/DS1.2/F4");

        Assert.Equal((RuleChangeKind.Removed, "50 %", (string?)null), (change.Kind, change.Before, change.After));
        Assert.Equal("DGOS/PF5/DNS/2023/28", change.BeforeSource?.Instruction.Number);
        Assert.Equal(Removing, change.AfterSource?.Instruction.Number);
        Assert.Equal(Removing, change.Source.Instruction.Number);
        Assert.Contains("\"afterSource\": {", RulesDocuments.DiffJson(Diff(), MessageLanguage.French), StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_of_a_window_taken_out_of_its_volet_are_removed_by_the_new_list()
    {
        var removed = Diff().Changes.Where(change => change.Key is "volet/V2/degressivity/F4" or "target/V2/DS4.1/F4" or "target/V2/DS4.3/F4").ToList();

        Assert.Equal(3, removed.Count);
        Assert.All(removed, change => Assert.Equal((RuleChangeKind.Removed, Removing), (change.Kind, change.Source.Instruction.Number)));
    }
}
