using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Documents.Tests.Support;

/// <summary>The real instructions of the repository, compiled once, with paths as the CLI shows them.</summary>
internal static class Corpus
{
    private static readonly Lazy<Compilation> LazyCompilation = new(() =>
    {
        var compilation = Compilation.Parse(Texts());
        Assert.False(compilation.HasErrors, string.Join('\n', compilation.Diagnostics));
        return compilation;
    });

    public static Compilation Compilation => LazyCompilation.Value;

    /// <summary>The texts of the corpus, each through <paramref name="change"/> when one is given.</summary>
    public static IEnumerable<SourceText> Texts(Func<string, string>? change = null) =>
        Directory.GetFiles(Repository.Instructions, "*.sunes").Order(StringComparer.Ordinal)
            .Select(path => new SourceText("instructions/" + Path.GetFileName(path), (change ?? (text => text))(File.ReadAllText(path))));

    /// <summary>Before 2023/28 (signed and applicable on 2023-03-21).</summary>
    public static readonly DateOnly BeforeAmendment = new(2023, 1, 1);

    public static readonly DateOnly AfterAmendment = new(2023, 4, 1);
}

/// <summary>Locates files of the repository from the test binaries.</summary>
internal static class Repository
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SunEs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing SunEs.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => LazyRoot.Value;

    public static string Instructions => Path.Combine(Root, "instructions");

    public static string Baselines => Path.Combine(Root, "tests", "SunEs.Documents.Tests", "Baselines");
}
