using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Syntax.Tests;

/// <summary>A message is one line whatever the text it quotes, so no text can split or forge a diagnostic line.</summary>
public sealed class DiagnosticMessageTests
{
    [Theory]
    [InlineData("\u000B", "[U+000B]")]
    [InlineData("\n", "[U+000A]")]
    [InlineData("\r", "[U+000D]")]
    [InlineData("\u001B[31m", "[U+001B][31m")]
    [InlineData("\u2028", "[U+2028]")]
    [InlineData("\u0085", "[U+0085]")]
    public void A_line_breaking_character_quoted_in_a_message_is_shown_by_its_code(string character, string shown)
    {
        var diagnostic = new Diagnostic(DiagnosticCatalog.DuplicateTestName, new Location(new SourceText("a.sunes", "x"), new TextSpan(0, 1)), [],
            $"Nom{character}error SUN0000: forgé", "a.sunes(1,1)");

        foreach (var language in new[] { MessageLanguage.French, MessageLanguage.English })
        {
            var message = diagnostic.GetMessage(language);
            Assert.DoesNotContain(message, char.IsControl);
            Assert.DoesNotContain('\u2028', message);
            Assert.Contains($"Nom{shown}error SUN0000: forgé", message, StringComparison.Ordinal);
        }
    }
}
