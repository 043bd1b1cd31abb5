using SunEs.Text;

namespace SunEs.Syntax.Tests;

/// <summary>
/// A sample text with markers: <c>[|…|]</c> marks a span (they may nest) and <c>$$</c> a position.
/// The markers are removed; <see cref="Spans"/> are in the order their opening markers appear.
/// </summary>
internal sealed class MarkedSource
{
    private MarkedSource(string text, IReadOnlyList<TextSpan> spans, IReadOnlyList<int> positions)
    {
        Text = text;
        Spans = spans;
        Positions = positions;
    }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Spans { get; }

    public IReadOnlyList<int> Positions { get; }

    /// <summary>The only marked span; fails when there is not exactly one.</summary>
    public TextSpan Span => Assert.Single(Spans);

    public static MarkedSource Parse(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var open = new Stack<(int Order, int Start)>();
        var spans = new List<(int Order, TextSpan Span)>();
        var positions = new List<int>();
        var order = 0;
        for (var i = 0; i < marked.Length; i++)
        {
            if (Starts(marked, i, "[|"))
            {
                open.Push((order++, text.Length));
                i++;
            }
            else if (Starts(marked, i, "|]"))
            {
                Assert.True(open.Count > 0, $"'|]' without '[|' at offset {i} of the marked text");
                var (spanOrder, start) = open.Pop();
                spans.Add((spanOrder, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else if (Starts(marked, i, "$$"))
            {
                positions.Add(text.Length);
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        Assert.True(open.Count == 0, "a '[|' marker is not closed");
        return new MarkedSource(text.ToString(), spans.OrderBy(s => s.Order).Select(s => s.Span).ToList(), positions);
    }

    private static bool Starts(string text, int index, string marker) =>
        string.CompareOrdinal(text, index, marker, 0, marker.Length) == 0;
}
