using System.Text;
using SunEs.Documents.Formatting;

namespace SunEs.Documents.Rendering;

/// <summary>
/// Escaping of user text (labels, source lines) for HTML and SVG: only the markup characters,
/// so accented text stays readable in the page source, and the characters XML cannot hold
/// shown as <see cref="Printable"/> says, so the SVG stays well-formed.
/// </summary>
internal static class Html
{
    public static string Text(string text) => Escape(text, attribute: false);

    public static string Attribute(string text) => Escape(text, attribute: true);

    private static string Escape(string text, bool attribute)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Printable.Of(text))
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\n' when attribute => "&#10;",
                '\r' when attribute => "&#13;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
