using FsCheck;
using FsCheck.Fluent;
using SunEs.Interpretation.Tests.Support;

namespace SunEs.Interpretation.Tests;

/// <summary>
/// The differential check catches one wrong rule: the interpreter of the texts as written
/// against an assembly compiled from the texts with a single threshold or the rounding changed.
/// The cases are drawn with a fixed seed, so the check is the same on every run.
/// </summary>
public sealed class MutationTests
{
    private const string TargetsPath = "instructions/2023-28.sunes";
    private const string ProgrammePath = "instructions/2021-167.sunes";

    [Fact]
    public void One_threshold_a_point_higher_is_reported()
    {
        const string original = "DS1.1       49 %    55 %";
        var differences = DifferencesWithCompiled((path, text) => path == TargetsPath ? ReplaceOnce(text, original, "DS1.1       49 %    56 %") : text);

        Assert.NotEmpty(differences);
        Assert.Contains(differences, difference => difference.Contains("«56 %»", StringComparison.Ordinal) || difference.Contains("DS1.1", StringComparison.Ordinal));
    }

    [Fact]
    public void Rounding_to_the_euro_instead_of_the_cent_is_reported()
    {
        const string noRounding = "    // Aucune règle d'arrondi dans les sources : pas de clause « arrondi ».";
        var differences = DifferencesWithCompiled((path, text) => path == ProgrammePath ? ReplaceOnce(text, noRounding, "    arrondi à l'euro") : text);

        Assert.NotEmpty(differences);
        Assert.Contains(differences, difference => difference.Contains("Euro", StringComparison.Ordinal));
    }

    [Fact]
    public void A_milestone_a_day_later_is_reported()
    {
        const string original = "    jalon 31 mars 2023";
        var differences = DifferencesWithCompiled((path, text) => path == TargetsPath ? ReplaceOnce(text, original, "    jalon 1er avril 2023") : text);

        Assert.NotEmpty(differences);
        Assert.Contains(differences, difference => difference.Contains("2023-04-01", StringComparison.Ordinal));
    }

    [Fact]
    public void A_candidacy_period_closing_a_day_earlier_is_reported()
    {
        const string original = "candidature du 1er mars 2022 au 30 avril 2022";
        var differences = DifferencesWithCompiled((path, text) => path == ProgrammePath ? ReplaceOnce(text, original, "candidature du 1er mars 2022 au 29 avril 2022") : text);

        Assert.NotEmpty(differences);
        Assert.Contains(differences, difference => difference.Contains("FiledOutsideCandidacyPeriod", StringComparison.Ordinal) || difference.Contains("2022-04-29", StringComparison.Ordinal));
    }

    [Fact]
    public void A_postponement_judged_by_the_later_window_targets_is_reported()
    {
        const string original = "report vers F2 avec les cibles de F1";
        var differences = DifferencesWithCompiled((path, text) => path == ProgrammePath ? ReplaceOnce(text, original, "report vers F2 avec les cibles de F2") : text);

        Assert.NotEmpty(differences);
        Assert.Contains(differences, difference => difference.Contains("cibles de F2", StringComparison.Ordinal));
    }

    private static List<string> DifferencesWithCompiled(Func<string, string, string> edit)
    {
        var mutant = Corpus.Compile(edit);
        Assert.False(mutant.HasErrors, string.Join('\n', mutant.Diagnostics.Where(diagnostic => diagnostic.IsError)));
        using var compiled = Corpus.EmitAndLoad(mutant);
        return CandidacyCases.Generator(CorpusRules.Facts).Sample(size: 30, seed: new Rnd(20_230_321UL), numberOfSamples: 20_000)
            .Select(@case => DifferentialCheck.Difference(CorpusRules.Interpreted, compiled.Rules, @case))
            .OfType<string>()
            .ToList();
    }

    private static string ReplaceOnce(string text, string original, string replacement)
    {
        var index = text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(index >= 0 && text.IndexOf(original, index + 1, StringComparison.Ordinal) < 0, $"'{original}' must occur exactly once");
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + original.Length));
    }
}
