using SunEs.Diagnostics;
using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Tests.Infrastructure;
using SunEs.Text;

namespace SunEs.LanguageServer.Tests.Features;

public class InlayHintTests
{
    private static List<(string Before, string Label)> Hints(FeatureContext context, TextSpan? range = null) =>
        InlayHintService.InlayHints(context, range ?? new TextSpan(0, context.Text.Length))
            .Select(h =>
            {
                var line = context.Text.GetLineText(h.Position.Line);
                return (line[..h.Position.Character].TrimStart(), h.Label);
            })
            .ToList();

    [Fact]
    public void Amended_cells_and_dates_show_what_they_replaced_and_from_which_text()
    {
        var context = TestWorkspace.Context(TestWorkspace.Corpus(), TestWorkspace.CorpusUri("2023-28.sunes"));
        var hints = Hints(context);
        Assert.Contains(("DS1.1       49 %    55 %", "← 59 % (2021/167)"), hints);
        Assert.Contains(("DS1.1       49 %    55 %    55 %", "← 64 % (2021/167)"), hints);
        Assert.Contains(("jalon 31 mars 2023", "← 31/12/2022 (2021/167)"), hints);
        Assert.Contains(("mesure \"S2 2022\" du 1er juillet 2022 au 31 mars 2023", "← « S2 2022 » du 01/07/2022 au 31/12/2022 (2021/167)"), hints);
        Assert.Contains(("DS4.1       42 %    50 %", "← 49 % (2022/40)"), hints);
    }

    [Fact]
    public void Values_restated_unchanged_and_new_rows_get_no_hint()
    {
        var context = TestWorkspace.Context(TestWorkspace.Corpus(), TestWorkspace.CorpusUri("2023-28.sunes"));
        var hints = Hints(context);
        Assert.DoesNotContain(hints, h => h.Before == "DS1.1       49 %");
        Assert.DoesNotContain(hints, h => h.Before.StartsWith("DS1.4", StringComparison.Ordinal));
        Assert.DoesNotContain(hints, h => h.Before == "DS4.1       42 %");
        Assert.Empty(Hints(TestWorkspace.Context(TestWorkspace.Corpus(), TestWorkspace.CorpusUri("2021-167.sunes"))));
    }

    [Fact]
    public void Hints_are_limited_to_the_requested_range_and_speak_the_clients_language()
    {
        var workspace = TestWorkspace.FromTexts(("a.sunes", Samples.A), ("b.sunes", Samples.B));
        var context = TestWorkspace.Context(workspace, TestWorkspace.Uri("b.sunes"), language: MessageLanguage.English);
        Assert.Equal([("jalon 2025-03-31", "← 2025-01-31 (2024/1)"), ("I1          40 %    45 %", "← 50 % (2024/1)")], Hints(context));
        var grid = context.Text.Content.IndexOf("cibles", StringComparison.Ordinal);
        Assert.Equal([("I1          40 %    45 %", "← 50 % (2024/1)")], Hints(context, TextSpan.FromBounds(grid, context.Text.Length)));
        var hint = InlayHintService.InlayHints(context, new TextSpan(0, context.Text.Length))[0];
        Assert.Equal("Replaces 2025-01-31, set by TEST/2024/1", hint.Tooltip);
        Assert.True(hint.PaddingLeft);
    }
}
