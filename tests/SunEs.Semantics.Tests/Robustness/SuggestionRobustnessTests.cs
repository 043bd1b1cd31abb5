using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Semantics.Tests.Robustness;

/// <summary>
/// "Did you mean" folds names to compare them; a broken text may give it a name with a lone
/// surrogate or U+FFFE, which string.Normalize refuses (found by the fuzz test), or names of any
/// length (an outside audit: a 66,000-character name made it allocate an n × m matrix).
/// </summary>
public sealed class SuggestionRobustnessTests
{
    // Built here, not passed as theory data: a lone surrogate cannot travel through test case serialization.
    private static readonly string[] Refused = ["\uD800", "\uDC00", "\uFFFE"];

    [Fact]
    public void Unknown_amended_instruction_with_a_refused_character_is_reported()
    {
        foreach (var character in Refused)
        {
            var compilation = Compile(
                "instruction \"A/1\"\n    signée le 2021-07-26\n    applicable le 2021-07-26\n",
                $"instruction \"B/2\"\n    signée le 2022-07-26\n    applicable le 2022-07-26\n    modifie \"A/{character}1\"\n");

            var diagnostic = Assert.Single(compilation.Diagnostics, diagnostic => diagnostic.Code == "SUN0104");
            Assert.Contains(character, diagnostic.GetMessage(MessageLanguage.French), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Instruction_number_with_a_refused_character_can_still_be_suggested_against()
    {
        foreach (var character in Refused)
        {
            var compilation = Compile(
                $"instruction \"A/{character}1\"\n    signée le 2021-07-26\n    applicable le 2021-07-26\n",
                "instruction \"B/2\"\n    signée le 2022-07-26\n    applicable le 2022-07-26\n    modifie \"A/1\"\n");

            var diagnostic = Assert.Single(compilation.Diagnostics, diagnostic => diagnostic.Code == "SUN0104");
            Assert.Contains($"A/{character}1", diagnostic.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_66000_character_name_referred_to_with_one_letter_changed_is_reported_with_the_name_suggested()
    {
        var name = new string('a', 66_000);
        var misspelt = string.Concat(new string('a', 32_999), "b", new string('a', 33_000));
        var compilation = Compile(Header + $"donnée {name} : montant\n" + Domain + misspelt + "\n");

        var unknown = UnknownNames(compilation, misspelt);
        Assert.True(unknown.Count == 1, $"{unknown.Count} SUN0201 for the misspelt name");
        Assert.True(unknown[0].Fixes is [{ NewText: var fix }] && fix == name, "the long name is suggested");
    }

    [Fact]
    public void A_4000_character_name_misspelt_300_times_is_reported_300_times_with_its_suggestion()
    {
        var name = new string('n', 4_000);
        var misspelt = "m" + name[1..];
        var text = new System.Text.StringBuilder(Header + $"donnée {name} : booléen\n" + Domain + "forfait_d1\n");
        for (var i = 0; i < 300; i++)
        {
            text.Append($"            indicateur I{i}\n                oui/non\n                applicable si {misspelt}\n");
        }

        var compilation = Compile(text + "donnée forfait_d1 : montant\n");

        var unknown = UnknownNames(compilation, misspelt);
        Assert.Equal(300, unknown.Count);
        Assert.True(unknown.All(diagnostic => diagnostic.Fixes is [{ NewText: var fix }] && fix == name), "the long name is suggested every time");
    }

    private static List<Diagnostic> UnknownNames(Compilation compilation, string name) =>
        compilation.Diagnostics.Where(diagnostic => diagnostic.Code == "SUN0201" && Equals(diagnostic.Arguments[1], name)).ToList();

    private const string Header = "instruction \"A/1\"\n    signée le 2021-07-26\n    applicable le 2021-07-26\n";

    private const string Domain = "programme P\n    volet V\n        fenêtres F1\n        domaine D\n            forfait = ";

    private static Compilation Compile(params string[] texts) =>
        Compilation.Parse(texts.Select((text, index) => new SourceText($"file{index}.sunes", text)));
}
