using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Features.CodeActions;
using SunEs.LanguageServer.Features.Completion;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

/// <summary>Waivers in the editor: the quick fix that writes one, the codes completed after « dérogation », and hover on a code.</summary>
public class WaiverEditorTests
{
    private const string EarlyMeasure = "    mesure \"S1\" du 2024-03-01 au 2024-06-30\n";

    [Fact]
    public void A_convention_warning_offers_to_write_the_waiver_in_the_window()
    {
        var text = Samples.A.Replace("    mesure \"S1\" du 2024-04-01 au 2024-06-30\n", EarlyMeasure, StringComparison.Ordinal);
        var context = TestWorkspace.Context(TestWorkspace.FromTexts(("a.sunes", text)), TestWorkspace.Uri("a.sunes"));
        var diagnostic = Assert.Single(context.Compilation.Diagnostics, diagnostic => diagnostic.Code == "SUN0401");

        var action = Assert.Single(CodeActionService.CodeActions(context, diagnostic.Location.Span));
        var edit = Assert.Single(action.Edit.Changes[TestWorkspace.Uri("a.sunes")]);

        Assert.Equal("Déclarer une dérogation à SUN0401", action.Title);
        Assert.Equal("\n    dérogation SUN0401 \"motif\"", edit.NewText);
        var fixedText = text.Insert(context.Text.GetOffset(new SunEs.Text.LinePosition(edit.Range.Start.Line, edit.Range.Start.Character)), edit.NewText);
        var after = TestWorkspace.Context(TestWorkspace.FromTexts(("a.sunes", fixedText)), TestWorkspace.Uri("a.sunes"));
        Assert.DoesNotContain(after.Compilation.Diagnostics, diagnostic => diagnostic.Code is "SUN0401" or "SUN0220");
    }

    [Fact]
    public void After_derogation_the_waivable_codes_are_offered()
    {
        var (context, offset) = TestWorkspace.At(Samples.A.Replace("    jalon 2024-07-31\n", "    jalon 2024-07-31\n    dérogation $0\n", StringComparison.Ordinal));

        var items = CompletionService.Complete(context, offset, snippets: false).Items;

        Assert.Equal(["SUN0212", "SUN0401", "SUN0402"], items.Select(item => item.Label));
        Assert.Equal("SUN0401 \"motif\"", items[1].TextEdit!.NewText);
    }

    [Fact]
    public void Derogation_starts_a_line_in_a_window()
    {
        var (context, offset) = TestWorkspace.At(Samples.A.Replace("    jalon 2024-07-31\n", "    jalon 2024-07-31\n    $0\n", StringComparison.Ordinal));

        var items = CompletionService.Complete(context, offset, snippets: false).Items;

        Assert.Contains(items, item => item is { Label: "dérogation", Kind: CompletionItemKind.Keyword });
    }

    [Fact]
    public void Hover_on_a_waived_code_says_what_the_check_reports()
    {
        var (context, offset) = TestWorkspace.At(Samples.A
            .Replace("    mesure \"S1\" du 2024-04-01 au 2024-06-30\n", EarlyMeasure, StringComparison.Ordinal)
            .Replace("    jalon 2024-07-31\n", "    jalon 2024-07-31\n    dérogation SUN04$001 \"Mesure dès mars\"\n", StringComparison.Ordinal));

        var hover = HoverService.Hover(context, offset);

        Assert.NotNull(hover);
        Assert.StartsWith("**dérogation à SUN0401**", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("La candidature de « … » finit le …, après le début de la mesure le …", hover.Contents.Value, StringComparison.Ordinal);
    }
}
