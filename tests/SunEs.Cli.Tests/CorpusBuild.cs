namespace SunEs.Cli.Tests;

/// <summary>The real corpus built once by <c>sunes build</c> into a temporary folder, shared by the tests that evaluate with it.</summary>
public sealed class CorpusBuild : IDisposable
{
    private readonly TempFolder _folder = new();

    public CorpusBuild()
    {
        Directory = Path.Combine(_folder.Path, "build");
        var result = CliRunner.InRepository("build", "instructions", "-o", Directory);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"sunes build failed ({result.ExitCode}): {result.Out}{result.Error}");
        }
    }

    public string Directory { get; }

    public string Dll => Path.Combine(Directory, "SunEs.Rules.SUNES.dll");

    public void Dispose() => _folder.Dispose();
}

/// <summary>French output uses non-breaking spaces in numbers; assertions compare with plain spaces.</summary>
public static class Spaces
{
    public static string Plain(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
