using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;
using SunEs.LanguageServer.Text;

namespace SunEs.LanguageServer.Tests.EndToEnd;

/// <summary>The features over the protocol, on the real corpus read from the workspace folder.</summary>
public sealed class CorpusProtocolTests : IAsyncLifetime
{
    private static readonly string Amending = TestWorkspace.CorpusUri("2023-28.sunes");
    private static readonly string Founding = TestWorkspace.CorpusUri("2021-167.sunes");
    private LspTestSession _session = null!;

    public async Task InitializeAsync()
    {
        _session = LspTestSession.Start();
        await _session.InitializeAsync(rootUri: DocumentUris.FromPath(RepoRoot.Instructions));
    }

    public async Task DisposeAsync() => await _session.DisposeAsync();

    /// <summary>The position of a text in a corpus file (its first occurrence), shifted by a number of characters.</summary>
    private static Position At(string file, string needle, int delta = 0)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Instructions, file));
        var line = Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal));
        Assert.True(line >= 0, needle);
        return new Position(line, lines[line].IndexOf(needle, StringComparison.Ordinal) + delta);
    }

    [Fact]
    public async Task Hover_on_an_amended_window_gives_the_milestone_in_force_and_the_one_it_replaced()
    {
        var hover = await _session.RequestAsync<Hover?>("textDocument/hover",
            new HoverParams(new TextDocumentIdentifier(Amending), At("2023-28.sunes", "fenêtre F2 modifiée", 9)));
        Assert.NotNull(hover);
        Assert.Contains("- **jalon** : 31/03/2023 — *2023/28*, remplace 31/12/2022 (*2021/167*)", hover.Contents.Value);
        Assert.Equal(At("2023-28.sunes", "F2 modifiée"), hover.Range!.Start);
    }

    [Fact]
    public async Task Definition_jumps_from_the_amending_grid_to_the_founding_declaration()
    {
        var locations = await _session.RequestAsync<Protocol.Location[]>("textDocument/definition",
            new DefinitionParams(new TextDocumentIdentifier(Amending), At("2023-28.sunes", "    DS3.1       45 %", 5)));
        var location = Assert.Single(locations);
        Assert.Equal(Founding, location.Uri);
        Assert.Equal(At("2021-167.sunes", "indicateur DS3.1", "indicateur ".Length), location.Range.Start);
    }

    [Fact]
    public async Task References_of_window_F3_cover_every_text_that_names_it()
    {
        var position = At("2021-167.sunes", "fenêtre F3", "fenêtre ".Length);
        var all = await _session.RequestAsync<Protocol.Location[]>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(Founding), position, new ReferenceContext(IncludeDeclaration: true)));
        var withoutDeclaration = await _session.RequestAsync<Protocol.Location[]>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(Founding), position, new ReferenceContext(IncludeDeclaration: false)));
        Assert.Equal(["2021-167.sunes", "2022-40.sunes", "2023-28.sunes"], all.Select(l => Path.GetFileName(l.Uri)).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(all.Length - 1, withoutDeclaration.Length);
        Assert.DoesNotContain(withoutDeclaration, l => l.Uri == Founding && l.Range.Start == position);
    }

    [Fact]
    public async Task Rename_of_an_indicator_edits_the_declaration_and_both_grids()
    {
        var position = At("2023-28.sunes", "    DS1.2       40 %", 4);
        var prepared = await _session.RequestAsync<PrepareRenameResult>("textDocument/prepareRename",
            new PrepareRenameParams(new TextDocumentIdentifier(Amending), position));
        Assert.Equal("DS1.2", prepared.Placeholder);

        var edit = await _session.RequestAsync<WorkspaceEdit>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(Amending), position, "DS1.2bis"));
        // Declaration and grid row in 2021/167, grid row in 2023/28, and the uses in the tests written in each.
        Assert.Equal(2 + Features.NavigationTests.CorpusTestUses2("2021-167.sunes", "DS1.2"), edit.Changes[Founding].Count);
        Assert.Equal(1 + Features.NavigationTests.CorpusTestUses2("2023-28.sunes", "DS1.2"), edit.Changes[Amending].Count);
    }

    [Fact]
    public async Task Completion_after_modifie_offers_the_instructions_of_the_workspace()
    {
        var uri = DocumentUris.FromPath(Path.Combine(RepoRoot.Instructions, "nouvelle.sunes"));
        await _session.OpenAsync(uri, "instruction \"DGOS/PF5/DNS/2024/1\"\n    signée le 2024-01-01\n    applicable immédiatement\n    modifie \n");
        var list = await _session.RequestAsync<CompletionList>("textDocument/completion",
            new CompletionParams(new TextDocumentIdentifier(uri), new Position(3, 12)));
        Assert.Equal(["DGOS/PF5/DNS/2022/40", "DGOS/PF5/DNS/2022/84", "DGOS/PF5/DNS/2023/28", "DGOS/PF5/DNS/CTO/2021/167"],
            list.Items.Where(i => i.Kind == CompletionItemKind.Reference).Select(i => i.Label).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Outline_folding_tokens_and_hints_answer_on_the_corpus()
    {
        var document = new TextDocumentIdentifier(Amending);
        var symbols = await _session.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new DocumentSymbolParams(document));
        Assert.Contains(symbols, s => s.Name == "cibles du volet V1");
        var folding = await _session.RequestAsync<FoldingRange[]>("textDocument/foldingRange", new FoldingRangeParams(document));
        Assert.NotEmpty(folding);
        var tokens = await _session.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(document));
        Assert.True(tokens.Data.Count > 100);
        var hints = await _session.RequestAsync<InlayHint[]>("textDocument/inlayHint",
            new InlayHintParams(document, new Protocol.Range(new Position(0, 0), new Position(200, 0))));
        Assert.Contains(hints, h => h.Label == "← 59 % (2021/167)");
        var actions = await _session.RequestAsync<CodeAction[]>("textDocument/codeAction",
            new CodeActionParams(document, new Protocol.Range(new Position(0, 0), new Position(200, 0)), new CodeActionContext()));
        Assert.Empty(actions);
    }

    [Fact]
    public async Task Formatting_an_instruction_pulled_to_the_margin_restores_its_canonical_layout()
    {
        var original = File.ReadAllText(Path.Combine(RepoRoot.Instructions, "2022-84.sunes"));
        var scrambled = string.Join('\n', original.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimStart()));
        var uri = TestWorkspace.CorpusUri("2022-84.sunes");
        await _session.OpenAsync(uri, scrambled);
        var edits = await _session.RequestAsync<TextEdit[]>("textDocument/formatting",
            new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, InsertSpaces: true)));
        Assert.NotEmpty(edits);
        var formatted = TextEdits.Apply(scrambled, edits);
        Assert.Equal(SunEs.Syntax.Formatting.SyntaxFormatter.Format(SunEs.Syntax.SyntaxParser.Parse(new SunEs.Text.SourceText("x.sunes", scrambled))), formatted);
        Assert.Contains("\n    signée le 29 mars 2022", formatted);
    }
}
