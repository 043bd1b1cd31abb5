namespace SunEs.LanguageServer.Tests.Infrastructure;

/// <summary>A sample text with a cursor marker « $0 »: the text without it, and the marker's offset.</summary>
internal static class Marked
{
    public const string Marker = "$0";

    public static (string Text, int Offset) Parse(string marked)
    {
        var offset = marked.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, "the sample has no $0 marker");
        Assert.Equal(-1, marked.IndexOf(Marker, offset + Marker.Length, StringComparison.Ordinal));
        return (marked.Remove(offset, Marker.Length), offset);
    }
}
