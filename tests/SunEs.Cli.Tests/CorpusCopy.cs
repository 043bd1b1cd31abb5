namespace SunEs.Cli.Tests;

/// <summary>A copy of the corpus in a temporary folder (<c>instructions/</c>), with text appended to 2023-28.sunes.</summary>
public static class CorpusCopy
{
    public static TempFolder WithTests(string extraTests)
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(RepositoryRoot.Instructions, "*.sunes"))
        {
            var content = File.ReadAllText(file);
            folder.Write("instructions/" + Path.GetFileName(file), file.EndsWith("2023-28.sunes", StringComparison.Ordinal) ? content + extraTests : content);
        }

        return folder;
    }
}
