using SunEs.Diagnostics;
using SunEs.Documents.Tests.Support;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Documents.Tests;

/// <summary>
/// The editor asks for the page of texts being written, errors included: every sample of the
/// semantics baselines (each one a mistake the compiler reports, or a clean text) gets its page,
/// Markdown, calendar and diff on every date its rules change, without an exception.
/// </summary>
public sealed class RobustnessTests
{
    private static string Samples => Path.Combine(Repository.Root, "tests", "SunEs.Semantics.Tests", "Baselines", "Samples");

    public static TheoryData<string> SampleNames => new(Directory.GetFileSystemEntries(Samples)
        .Where(path => Directory.Exists(path) || path.EndsWith(".sunes", StringComparison.Ordinal))
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_sample_gets_its_documents(string name)
    {
        var path = Path.Combine(Samples, name);
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.sunes").Order(StringComparer.Ordinal).ToArray() : [path];
        var compilation = Compilation.Parse(files.Select(file => new SourceText(Path.GetFileName(file), File.ReadAllText(file))));
        var dates = compilation.Instructions.Select(instruction => instruction.AppliesFrom).OfType<DateOnly>()
            .Append(new DateOnly(2000, 1, 1)).Append(new DateOnly(2099, 12, 31)).Distinct().Order().ToList();
        foreach (var language in new[] { MessageLanguage.French, MessageLanguage.English })
        {
            foreach (var (from, to) in dates.Zip(dates.Skip(1)))
            {
                var request = new RulesPageRequest(to, language, from, Warning: compilation.HasErrors ? "erreurs" : null);
                Assert.EndsWith("</html>\n", RulesDocuments.Html(compilation, request), StringComparison.Ordinal);
                Assert.StartsWith("# ", RulesDocuments.Markdown(compilation, request), StringComparison.Ordinal);
                Assert.EndsWith("</svg>\n", RulesDocuments.TimelineSvg(compilation, request), StringComparison.Ordinal);
                var diff = RulesDocuments.Diff(compilation, from, to, language);
                Assert.NotEmpty(RulesDocuments.DiffTable(diff, language));
                Assert.StartsWith("{", RulesDocuments.DiffJson(diff, language), StringComparison.Ordinal);
            }
        }
    }
}
