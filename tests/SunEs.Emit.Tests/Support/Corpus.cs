using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Emit.Tests.Support;

/// <summary>The real instructions of the repository, read with paths relative to its root ("instructions/2023-28.sunes").</summary>
internal static class Corpus
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static IReadOnlyList<SourceText> Texts() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "instructions"), "*.sunes")
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceText("instructions/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    public static Compilation Compile() => Compilation.Parse(Texts());

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SunEs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (SunEs.sln) not found above " + AppContext.BaseDirectory);
    }
}
