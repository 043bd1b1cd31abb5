using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Text;

namespace SunEs.LanguageServer.Tests.Features;

public class PositionConverterTests
{
    private static readonly SourceText Text = new("t.sunes", "ab😀c\r\nsecond\n");

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(0, 4, 4)]
    [InlineData(0, 99, 5)]
    [InlineData(1, 2, 9)]
    [InlineData(2, 0, 14)]
    public void Positions_map_to_utf16_offsets_and_past_the_line_end_means_the_end(int line, int character, int offset) =>
        Assert.Equal(offset, PositionConverter.ToOffset(Text, new Position(line, character)));

    [Theory]
    [InlineData(3, 0)]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    public void Positions_outside_the_document_are_invalid_parameters(int line, int character)
    {
        var error = Assert.Throws<LspException>(() => PositionConverter.ToOffset(Text, new Position(line, character)));
        Assert.Equal(LspErrorCodes.InvalidParams, error.Code);
    }

    [Fact]
    public void Spans_become_ranges()
    {
        var range = PositionConverter.ToRange(Text, TextSpan.FromBounds(2, 9));
        Assert.Equal(new Protocol.Range(new Position(0, 2), new Position(1, 2)), range);
        Assert.Equal(TextSpan.FromBounds(2, 14), PositionConverter.ToSpan(Text, new Protocol.Range(new Position(0, 2), new Position(40, 0))));
    }

    [Theory]
    [InlineData(1, 0, 0, 4)]
    [InlineData(0, 3, 0, 2)]
    public void A_reversed_range_is_refused_in_requests_and_flagged_for_edits(int startLine, int startCharacter, int endLine, int endCharacter)
    {
        var range = new Protocol.Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));

        Assert.True(PositionConverter.IsReversed(range));
        Assert.Equal(LspErrorCodes.InvalidParams, Assert.Throws<LspException>(() => PositionConverter.ToSpan(Text, range)).Code);
    }
}
