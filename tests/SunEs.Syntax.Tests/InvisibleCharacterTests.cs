using SunEs.Diagnostics;

namespace SunEs.Syntax.Tests;

/// <summary>
/// Bidirectional controls, invisible and control characters get a warning (SUN0010) in strings,
/// comments and names; between tokens they are already an error (SUN0001). Each run of adjacent ones is
/// one warning covering it.
/// </summary>
public sealed class InvisibleCharacterTests
{
    private const string Valid = "programme P \"Libellé\" // commentaire\n";

    public static TheoryData<string, string> EveryKind => new()
    {
        { "\u202A", "LRE" }, { "\u202B", "RLE" }, { "\u202C", "PDF" }, { "\u202D", "LRO" }, { "\u202E", "RLO" },
        { "\u2066", "LRI" }, { "\u2067", "RLI" }, { "\u2068", "FSI" }, { "\u2069", "PDI" },
        { "\u200E", "LRM" }, { "\u200F", "RLM" }, { "\u061C", "ALM" },
        { "\u200B", "ZWSP" }, { "\u200C", "ZWNJ" }, { "\u200D", "ZWJ" }, { "\u2060", "WJ" }, { "\uFEFF", "ZWNBSP" }, { "\u00AD", "SHY" },
        { "\u2062", "U+2062" }, { "\u3164", "U+3164" }, { "\U000E0041", "U+E0041" },
        { "\u0001", "U+0001" }, { "\u000B", "VT" }, { "\u000C", "FF" }, { "\u001B", "ESC" }, { "\u007F", "DEL" }, { "\u0085", "NEL" },
        { "\u2028", "LS" }, { "\u2029", "PS" },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Each_character_is_reported_in_a_string_and_in_a_comment(string character, string name)
    {
        foreach (var at in new[] { Valid.IndexOf("Libellé", StringComparison.Ordinal) + 3, Valid.IndexOf("commentaire", StringComparison.Ordinal) })
        {
            var tree = Parse.Text(Valid.Insert(at, character));

            var warning = Assert.Single(tree.Diagnostics, diagnostic => diagnostic.Code == "SUN0010");
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Equal(at, warning.Location.Span.Start);
            Assert.Equal(character.Length, warning.Location.Span.Length);
            Assert.Contains(name, warning.GetMessage(MessageLanguage.French), StringComparison.Ordinal);
            Assert.Contains(name, warning.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_control_character_in_a_label_is_a_control_character_warning_and_tabs_are_not()
    {
        var tree = Parse.Text("fenêtre F1 \"Fenêtre\u0001 1\u000B\"\n    jalon 2022-03-31 /* deux\tlignes\r\n */\n");

        var warnings = tree.Diagnostics.Where(diagnostic => diagnostic.Code == "SUN0010").Select(diagnostic => diagnostic.GetMessage(MessageLanguage.French)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.StartsWith("Caractère de contrôle U+0001 :", warnings[0], StringComparison.Ordinal);
        Assert.StartsWith("Caractère de contrôle U+000B (VT) :", warnings[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Between_tokens_a_character_is_the_unexpected_character_error_alone_except_a_byte_order_mark()
    {
        var rightToLeft = Parse.Text("programme P\u202E \"x\"\n");
        var byteOrderMark = Parse.Text("programme P\uFEFF \"x\"\n");

        Assert.Equal(["SUN0001"], rightToLeft.Diagnostics.Select(diagnostic => diagnostic.Code));
        Assert.Equal(["SUN0010"], byteOrderMark.Diagnostics.Select(diagnostic => diagnostic.Code));
    }

    [Fact]
    public void A_byte_order_mark_opening_the_text_is_not_reported()
    {
        Parse.Clean("\uFEFF" + Valid);
    }

    [Fact]
    public void A_run_is_one_warning_covering_it_and_naming_its_first_characters()
    {
        var run = string.Concat(Enumerable.Repeat("\u202E\u2066", 10));

        var tree = Parse.Text("programme P \"a" + run + "b\"\n");

        var warning = Assert.Single(tree.Diagnostics);
        Assert.Equal(14, warning.Location.Span.Start);
        Assert.Equal(run.Length, warning.Location.Span.Length);
        Assert.StartsWith("20 caractères de contrôle bidirectionnel de suite : U+202E (RLO), U+2066 (LRI)", warning.GetMessage(MessageLanguage.French), StringComparison.Ordinal);
        Assert.Contains("and 12 more", warning.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Separate_characters_are_separate_warnings()
    {
        var tree = Parse.Text("programme P \"a\u200Bb\u200Bc\" // \u202Ex\n");

        Assert.Equal([14, 16, 23], tree.Diagnostics.Select(diagnostic => diagnostic.Location.Span.Start));
        Assert.All(tree.Diagnostics, diagnostic => Assert.False(diagnostic.IsError));
    }

    [Fact]
    public void Visible_text_and_lone_surrogates_are_not_reported_as_invisible()
    {
        var tree = Parse.Text("programme P \"Établissements « santé » \u00A0\u202F – 10 € \uD800\"\n");

        Assert.DoesNotContain(tree.Diagnostics, diagnostic => diagnostic.Code == "SUN0010");
    }

    [Fact]
    public void A_megabyte_of_zero_width_spaces_is_one_warning()
    {
        var tree = Parse.Text("programme P \"" + new string('\u200B', 1 << 20) + "\"\n");

        var warning = Assert.Single(tree.Diagnostics);
        Assert.Equal(1 << 20, warning.Location.Span.Length);
    }
}
