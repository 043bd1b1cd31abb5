using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Semantics.Tests.Robustness;

/// <summary>
/// "Did you mean" folds names to compare them; a broken text may give it a name with a lone
/// surrogate or U+FFFE, which string.Normalize refuses. Found by the fuzz test.
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

    private static Compilation Compile(params string[] texts) =>
        Compilation.Parse(texts.Select((text, index) => new SourceText($"file{index}.sunes", text)));
}
