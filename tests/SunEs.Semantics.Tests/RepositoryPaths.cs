namespace SunEs.Semantics.Tests;

/// <summary>Locates files of the repository from the test binaries: nothing is copied to the output folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding SunEs.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The real instruction texts.</summary>
    public static string Instructions => Path.Combine(Root, "instructions");

    /// <summary>The baseline samples of this test project.</summary>
    public static string Samples => Path.Combine(Root, "tests", "SunEs.Semantics.Tests", "Baselines", "Samples");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SunEs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing SunEs.sln above {AppContext.BaseDirectory}.");
    }
}
