using System.Text;
using System.Text.RegularExpressions;
using SunEs.Diagnostics;

namespace SunEs.Semantics.Tests.Baselines;

/// <summary>
/// Every sample compiles to exactly the diagnostics of its baseline. With SUNES_UPDATE_BASELINES=1
/// the baselines are rewritten from what the compiler reports instead of being compared.
/// </summary>
public sealed partial class BaselineTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static bool Updating => Environment.GetEnvironmentVariable("SUNES_UPDATE_BASELINES") == "1";

    public static TheoryData<string> SampleNames => new(BaselineSample.All().Select(sample => sample.Name));

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_reports_the_diagnostics_of_its_baseline(string name)
    {
        var sample = BaselineSample.Find(name);
        Assert.NotEmpty(sample.Files);
        var actual = BaselineFormat.Render(sample.Compile().Diagnostics);
        if (Updating)
        {
            File.WriteAllText(sample.BaselinePath, actual, Utf8);
            return;
        }

        if (!File.Exists(sample.BaselinePath))
        {
            Assert.Fail($"{name} has no baseline {Path.GetFileName(sample.BaselinePath)}; run with SUNES_UPDATE_BASELINES=1 to write it. Actual diagnostics:\n{actual}");
        }

        var expected = File.ReadAllText(sample.BaselinePath).Replace("\r\n", "\n");
        if (expected != actual)
        {
            Assert.Fail($"{name}: the diagnostics differ from {Path.GetFileName(sample.BaselinePath)} (- expected, + actual); "
                + $"run with SUNES_UPDATE_BASELINES=1 to accept them.\n{LineDiff.Describe(expected, actual)}");
        }
    }

    [Fact]
    public void Every_code_of_the_catalogue_appears_in_a_baseline()
    {
        var reported = Baselines().SelectMany(baseline => ParseCodes(baseline.Text)).ToHashSet(StringComparer.Ordinal);
        var missing = DiagnosticCatalog.All.Select(descriptor => descriptor.Code).Where(code => !reported.Contains(code)).ToList();
        Assert.True(missing.Count == 0, "No sample reports " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_baseline_block_has_a_french_and_an_english_message()
    {
        foreach (var (name, text) in Baselines())
        {
            var lines = text.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            for (var index = 0; index < lines.Length; index++)
            {
                if (HeaderLine().IsMatch(lines[index]))
                {
                    Assert.True(index + 2 < lines.Length && lines[index + 1].StartsWith("  fr: ", StringComparison.Ordinal)
                        && lines[index + 2].StartsWith("  en: ", StringComparison.Ordinal), $"{name}, line {index + 1}: expected fr: then en:");
                    Assert.NotEqual(lines[index + 1][6..], lines[index + 2][6..]);
                }
                else
                {
                    Assert.Matches("^  (fr|en|fix): .+$", lines[index]);
                }
            }
        }
    }

    [Fact]
    public void Samples_are_named_after_the_code_they_show_or_are_clean()
    {
        var samples = BaselineSample.All();
        Assert.NotEmpty(samples);
        foreach (var sample in samples)
        {
            var codes = sample.Compile().Diagnostics.Select(diagnostic => diagnostic.Code).ToList();
            if (sample.Name.StartsWith("OK_", StringComparison.Ordinal))
            {
                Assert.True(codes.Count == 0, $"{sample.Name} should check clean but reports {string.Join(", ", codes)}");
                continue;
            }

            var named = SampleName().Match(sample.Name);
            Assert.True(named.Success, $"{sample.Name}: a sample is named SUNnnnn_what_it_shows or OK_what_it_shows");
            Assert.True(codes.Contains(named.Groups["code"].Value), $"{sample.Name} does not report {named.Groups["code"].Value} (reports {string.Join(", ", codes)})");
        }
    }

    [Fact]
    public void Every_baseline_belongs_to_a_sample()
    {
        var names = BaselineSample.All().Select(sample => sample.Name).ToHashSet(StringComparer.Ordinal);
        var orphans = Baselines().Select(baseline => baseline.Name).Where(name => !names.Contains(name)).ToList();
        Assert.True(orphans.Count == 0, "Baselines without a sample: " + string.Join(", ", orphans));
    }

    private static IEnumerable<(string Name, string Text)> Baselines() =>
        Directory.GetFiles(RepositoryPaths.Samples, "*" + BaselineSample.BaselineExtension)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path)[..^BaselineSample.BaselineExtension.Length], File.ReadAllText(path)));

    private static IEnumerable<string> ParseCodes(string baseline) =>
        baseline.Replace("\r\n", "\n").Split('\n')
            .Select(line => HeaderLine().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["code"].Value);

    [GeneratedRegex(@"^\S.*\(\d+,\d+\)-\(\d+,\d+\): (error|warning|information) (?<code>SUN\d{4})$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^(?<code>SUN\d{4})_[a-z0-9_]+$")]
    private static partial Regex SampleName();
}
