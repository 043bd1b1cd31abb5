namespace SunEs.LanguageServer.Tests.Infrastructure;

/// <summary>The repository root, found by walking up from the test binaries to SunEs.sln.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Instructions => System.IO.Path.Combine(Path, "instructions");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "SunEs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SunEs.sln not found above " + AppContext.BaseDirectory);
    }
}
