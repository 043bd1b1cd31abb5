using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SunEs.Syntax;
using SunEs.Syntax.Formatting;
using SunEs.Text;

namespace SunEs.Semantics.Tests.Robustness;

/// <summary>
/// Properties over thousands of mutated corpus texts (seeds drawn by FsCheck; the failing seed is
/// reported and <see cref="FuzzInputs.Mutated"/> makes its input again): the front end never
/// throws and its work stays within the linear bound of <see cref="FuzzOutcome"/>; the formatter is idempotent, and on a text that binds
/// cleanly its output binds to the same model (<see cref="BoundModelFingerprint"/>).
/// </summary>
[Collection(nameof(FuzzCollection))]
public sealed class FormatterProperties
{
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(20);

    [Property(MaxTest = 2_000, Arbitrary = [typeof(MutationSeeds)], QuietOnSuccess = true)]
    public void Front_end_and_formatter_hold_on_mutated_corpus_texts(MutationSeed seed)
    {
        var input = FuzzInputs.Mutated(seed.Value);

        var outcome = FrontEndRunner.Run(input, HangTimeout);

        Assert.True(outcome is not null, $"{input.Description}: over {HangTimeout.TotalSeconds} s");
        Assert.True(outcome.Problems.Count == 0, $"{input.Description}:\n" + string.Join("\n", outcome.Problems.Take(5)));
        Assert.True(outcome.WithinLinearBound, $"{input.Description}: {outcome.Work}");
        foreach (var file in input.Files)
        {
            FormatterKeepsMeaning(file);
        }
    }

    /// <summary>Seeds the property once found failing, run at every build (FsCheck draws new ones each time).</summary>
    [Theory]
    [InlineData(25617241)] // a U+FEFF used as spacing: formatting removed it and its SUN0010 with it
    public void Mutants_that_once_failed_hold(int seed) => Front_end_and_formatter_hold_on_mutated_corpus_texts(new MutationSeed(seed));

    [Fact]
    public void Layout_changes_keep_most_texts_binding_cleanly()
    {
        var clean = Enumerable.Range(0, 60).Select(seed => FuzzInputs.Mutated(seed * 3))
            .Count(input => !Compilation.Parse(Corpus(input)).HasErrors);

        Assert.True(clean >= 30, $"only {clean} of 60 layout changes bind cleanly: the meaning property would test too little");
    }

    /// <summary>fmt(fmt(x)) == fmt(x); and when x, with the rest of the corpus, binds cleanly, fmt(x) binds to the same model.</summary>
    private static void FormatterKeepsMeaning(FuzzFile file)
    {
        var tree = SyntaxParser.Parse(new SourceText(file.Name, file.Text));
        if (SyntaxFormatter.Format(tree) is not { } formatted)
        {
            Assert.Contains(tree.Diagnostics, diagnostic => diagnostic.IsError);
            return;
        }

        var reformatted = SyntaxFormatter.Format(SyntaxParser.Parse(new SourceText(file.Name, formatted)));
        Assert.True(formatted == reformatted, $"{file.Name}: formatting is not idempotent");

        var original = Compilation.Parse(Corpus(new FuzzInput(file.Name, file)));
        if (!original.HasErrors)
        {
            var after = Compilation.Parse(Corpus(new FuzzInput(file.Name, file with { Text = formatted })));
            Assert.Equal(BoundModelFingerprint.Of(original), BoundModelFingerprint.Of(after));
        }
    }

    /// <summary>The corpus with the input's files in place of those of the same name.</summary>
    private static IEnumerable<SourceText> Corpus(FuzzInput input)
    {
        var replaced = input.Files.ToDictionary(file => file.Name, StringComparer.Ordinal);
        return FuzzCorpus.Files.Where(file => !replaced.ContainsKey(file.Name)).Concat(input.Files)
            .Select(file => new SourceText(file.Name, file.Text));
    }
}

/// <summary>A seed of <see cref="FuzzInputs.Mutated"/>, drawn over the whole non-negative range (FsCheck's own integers stay small).</summary>
public sealed record MutationSeed(int Value);

public static class MutationSeeds
{
    public static Arbitrary<MutationSeed> Seeds() => Arb.From(Gen.Choose(0, int.MaxValue).Select(value => new MutationSeed(value)));
}
