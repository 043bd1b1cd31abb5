using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

public class RenameTests
{
    private static readonly (string, string)[] SampleA = [("a.sunes", Samples.A)];

    [Fact]
    public void Prepare_rename_gives_the_identifier_range_and_its_name()
    {
        var (context, offset) = TestWorkspace.At(Samples.B.Replace("    I1  ", "    I$01  "), SampleA);
        var result = RenameService.PrepareRename(context, offset);
        Assert.Equal("I1", result.Placeholder);
        Assert.Equal(new Position(10, 4), result.Range.Start);
        Assert.Equal(new Position(10, 6), result.Range.End);
    }

    [Theory]
    [InlineData("fenê$0tre F2 modifiée")]
    [InlineData("modifie \"TE$0ST/2024/1\"")]
    public void Prepare_rename_refuses_keywords_and_texts(string line)
    {
        var original = line.Replace("$0", string.Empty, StringComparison.Ordinal);
        var (context, offset) = TestWorkspace.At(Samples.B.Replace(original, line, StringComparison.Ordinal), SampleA);
        var error = Assert.Throws<LspException>(() => RenameService.PrepareRename(context, offset));
        Assert.Equal(LspErrorCodes.RequestFailed, error.Code);
    }

    [Fact]
    public void Rename_edits_every_declaration_amendment_and_use_in_every_file()
    {
        var (context, offset) = TestWorkspace.At(Samples.B.Replace("fenêtre F2 modifiée", "fenêtre F$02 modifiée"), SampleA);
        var edit = RenameService.Rename(context, offset, "F2bis");
        Assert.Equal(4, edit.Changes[TestWorkspace.Uri("a.sunes")].Count);
        Assert.Equal(2, edit.Changes[TestWorkspace.Uri("sample.sunes")].Count);
        Assert.All(edit.Changes.Values.SelectMany(edits => edits), e => Assert.Equal("F2bis", e.NewText));
    }

    [Theory]
    [InlineData("fenêtre")]
    [InlineData("Fenetre")]
    [InlineData("modifiée")]
    [InlineData("2F")]
    [InlineData("F 2")]
    [InlineData("F2.")]
    [InlineData("")]
    [InlineData("F1")]
    public void Rename_refuses_keywords_invalid_identifiers_and_names_already_taken(string newName)
    {
        var (context, offset) = TestWorkspace.At(Samples.B.Replace("fenêtre F2 modifiée", "fenêtre F$02 modifiée"), SampleA);
        var error = Assert.Throws<LspException>(() => RenameService.Rename(context, offset, newName));
        Assert.Equal(LspErrorCodes.RequestFailed, error.Code);
    }

    [Theory]
    [InlineData("DS1.1", true)]
    [InlineData("séjours_ldl", true)]
    [InlineData("F_2", true)]
    [InlineData("volet", false)]
    [InlineData("oui", false)]
    [InlineData("DS1.", false)]
    [InlineData("\"F2\"", false)]
    public void Identifier_validity_follows_the_lexer(string text, bool valid) =>
        Assert.Equal(valid, RenameService.IsIdentifier(text));
}
