using SunEs.Emit.Tests.Support;

namespace SunEs.Emit.Tests;

/// <summary>
/// The C# the corpus compiles to, checked in so that every change to the generated code is
/// reviewed. Regenerate with SUNES_UPDATE_BASELINES=1.
/// </summary>
public sealed class BaselineTests
{
    [Fact]
    public void Generated_code_of_the_corpus_matches_the_baseline()
    {
        var generated = RulesEmitter.GenerateSource(Corpus.Compile());
        Assert.NotNull(generated);
        var path = Path.Combine(Corpus.RepositoryRoot, "tests", "SunEs.Emit.Tests", "Baselines", "SunEs.Rules.SUNES.cs");
        if (Environment.GetEnvironmentVariable("SUNES_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"No baseline at {path}: run the tests with SUNES_UPDATE_BASELINES=1.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), generated);
    }
}
