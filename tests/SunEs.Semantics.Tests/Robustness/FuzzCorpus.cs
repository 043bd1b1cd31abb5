namespace SunEs.Semantics.Tests.Robustness;

/// <summary>The real instruction texts the mutations start from.</summary>
internal static class FuzzCorpus
{
    private static readonly Lazy<IReadOnlyList<FuzzFile>> LazyFiles = new(Load);

    public static IReadOnlyList<FuzzFile> Files => LazyFiles.Value;

    private static IReadOnlyList<FuzzFile> Load()
    {
        var directory = Path.Combine(RepositoryRoot(), "instructions");
        var files = Directory.GetFiles(directory, "*.sunes")
            .Order(StringComparer.Ordinal)
            .Select(path => new FuzzFile(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        Assert.True(files.Count >= 4, $"expected the corpus in {directory}");
        return files;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SunEs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SunEs.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One text of an input: its name (the corpus file it replaces, if any) and its content.</summary>
internal sealed record FuzzFile(string Name, string Text);

/// <summary>
/// One input of the fuzz run: the files that replace (or join) the corpus files, and how to
/// make them again (family, seed and what was done).
/// </summary>
internal sealed record FuzzInput(string Description, IReadOnlyList<FuzzFile> Files)
{
    public FuzzInput(string description, FuzzFile file)
        : this(description, [file])
    {
    }

    public int Length => Files.Sum(file => file.Text.Length);
}
