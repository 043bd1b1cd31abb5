using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Benchmarks.Workloads;

/// <summary>The repository the benchmarks run from: its corpus of instructions and the built command-line tool.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string InstructionsDirectory => Path.Combine(Root, "instructions");

    public static IReadOnlyList<SourceText> CorpusTexts() =>
        Directory.GetFiles(InstructionsDirectory, "*.sunes")
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceText("instructions/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    public static Compilation CompileCorpus() => Compilation.Parse(CorpusTexts());

    /// <summary>The corpus file with the most lines: the editor benchmarks edit it.</summary>
    public static string LargestCorpusFile() =>
        Directory.GetFiles(InstructionsDirectory, "*.sunes").OrderByDescending(path => File.ReadAllLines(path).Length).ThenBy(path => path, StringComparer.Ordinal).First();

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "SunEs.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from the repository (SunEs.sln not found above the current or the program directory).");
    }
}
