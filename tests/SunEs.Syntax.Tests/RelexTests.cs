namespace SunEs.Syntax.Tests;

/// <summary>
/// Lexing again only around a change gives exactly the tokens of a full parse of the new text,
/// whatever the change: one that opens or closes a block comment or a string, joins or splits
/// lines, grows a number into a grouped one or a date, or touches the first or last character.
/// </summary>
public sealed class RelexTests
{
    private const string Original = """
        /* Un texte
           sur deux lignes */
        instruction "DGOS/PF5/DNS/2022/40"          // l'en-tête
            signée le 9 février 2022
            applicable le 1er mars 2022

        programme SUNES "Programme « Ségur »"
            enveloppe 12 000 000 €
            volet V2 "MSS"
                fenêtres F2, F3
                dégressivité F2 100 %, F3 90,5 %
                domaine D4 "Usage"
                    forfait = forfait_d4 * 1,5
                    indicateur DS4.1 "Taux"
                        taux = a / b

        test "t" au 2022-10-01
            mesures DS4.1 = 420 / 1 000
        """;

    private static readonly string[] Insertions = ["/*", "*/", "\"", "«", "\n", " ", "000", "9", "é", "1er mars ", "//", "x", "%"];

    public static TheoryData<string> Edits() => [.. Insertions];

    [Theory]
    [MemberData(nameof(Edits))]
    public void Relexing_after_an_insertion_anywhere_gives_the_tokens_of_a_full_parse(string inserted)
    {
        var previous = Parse.Text(Original);
        for (var position = 0; position <= Original.Length; position += 3)
        {
            AssertSameTokens(previous, Original.Insert(position, inserted), $"« {inserted} » inserted at {position}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Relexing_after_a_deletion_anywhere_gives_the_tokens_of_a_full_parse(int length)
    {
        var previous = Parse.Text(Original);
        for (var position = 0; position + length <= Original.Length; position += 3)
        {
            AssertSameTokens(previous, Original.Remove(position, length), $"{length} characters deleted at {position}");
        }
    }

    [Fact]
    public void Relexing_an_unchanged_or_emptied_text_gives_the_tokens_of_a_full_parse()
    {
        var previous = Parse.Text(Original);

        AssertSameTokens(previous, Original, "unchanged");
        AssertSameTokens(previous, string.Empty, "emptied");
        AssertSameTokens(Parse.Text(string.Empty), Original, "written from nothing");
    }

    private static void AssertSameTokens(SyntaxTree previous, string changed, string what)
    {
        var text = new SunEs.Text.SourceText("test.sunes", changed);

        var relexed = SyntaxParser.Relex(text, previous);

        Assert.True(SyntaxParser.Parse(text).Tokens.SequenceEqual(relexed), what);
    }
}
