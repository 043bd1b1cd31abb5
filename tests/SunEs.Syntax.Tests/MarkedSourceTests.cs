using SunEs.Text;

namespace SunEs.Syntax.Tests;

public sealed class MarkedSourceTests
{
    [Fact]
    public void Markers_are_removed_and_give_spans_in_opening_order()
    {
        var source = MarkedSource.Parse("a [|b [|c|] d|] e$$f");

        Assert.Equal("a b c d ef", source.Text);
        Assert.Equal([new TextSpan(2, 5), new TextSpan(4, 1)], source.Spans);
        Assert.Equal([9], source.Positions);
    }

    [Fact]
    public void Unbalanced_markers_are_refused()
    {
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => MarkedSource.Parse("a [|b"));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => MarkedSource.Parse("a |] b"));
    }
}
