using SunEs.Diagnostics;

namespace SunEs.Syntax.Tests;

/// <summary>"Did you mean" finds the close words and its work is bounded, whatever the names.</summary>
public sealed class SpellingSuggesterTests
{
    [Fact]
    public void Finds_the_closest_words_ignoring_case_and_accents()
    {
        var speller = new SpellingSuggester();
        var windows = new SpellingVocabulary(["fenêtre", "fenêtres", "mesure", "jalon"]);

        Assert.Equal(["fenêtre", "fenêtres"], speller.Closest("FENETRE", windows));
        Assert.Equal(["jalon"], speller.Closest("jalo", windows));
        Assert.Empty(speller.Closest("candidature", windows));
    }

    [Fact]
    public void A_missing_segment_of_an_instruction_number_ranks_first()
    {
        var speller = new SpellingSuggester();
        var numbers = new SpellingVocabulary(["DGOS/PF5/DNS/2022/84", "DGOS/PF5/DNS/2023/28", "DGOS/PF5/DNS/CTO/2021/167", "DGOS/PF5/DNS/2022/40"]);

        Assert.Equal("DGOS/PF5/DNS/CTO/2021/167", speller.Closest("DGOS/PF5/DNS/2021/167", numbers)[0]);
    }

    [Fact]
    public void A_66000_character_name_with_one_letter_changed_is_found_in_work_linear_in_its_length()
    {
        var name = new string('a', 66_000);
        var misspelt = string.Concat(new string('a', 32_999), "b", new string('a', 33_000));
        var speller = new SpellingSuggester();

        Assert.Equal([name], speller.Closest(misspelt, new SpellingVocabulary([name, "b"])));
        // A band of 2 × 8 + 1 cells a row, twice (alignment, then insertions and deletions): never 66,000².
        Assert.InRange(speller.Spent, 66_000, 4 * 66_000 * (2 * SpellingSuggester.MaxEdits + 1));
    }

    [Fact]
    public void The_same_misspelling_asked_again_is_answered_without_new_work()
    {
        var name = new string('x', 4_000);
        var misspelt = "y" + name[1..];
        var speller = new SpellingSuggester();
        var vocabulary = new SpellingVocabulary([name]);
        speller.Closest(misspelt, vocabulary);
        var once = speller.Spent;

        for (var i = 0; i < 300; i++)
        {
            Assert.Equal([name], speller.Closest(misspelt, vocabulary));
        }

        Assert.Equal(once, speller.Spent);
    }

    [Fact]
    public void Past_its_budget_a_suggester_suggests_nothing_and_does_no_more_work()
    {
        var words = Enumerable.Range(0, 20_000).Select(i => $"donnée_{i:D6}").ToList();
        var vocabulary = new SpellingVocabulary(words);
        var speller = new SpellingSuggester(budget: 100_000);

        for (var i = 0; i < 1_000; i++)
        {
            speller.Closest($"donnee_{i:D6}x", vocabulary);
        }

        Assert.True(speller.IsExhausted);
        var spent = speller.Spent;
        Assert.InRange(spent, 100_000, 100_000 + 10_000);
        Assert.Empty(speller.Closest("donnee_777777", vocabulary));
        Assert.Equal(spent, speller.Spent);
    }
}
