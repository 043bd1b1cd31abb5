using System.Text;
using SunEs.Cli;
using SunEs.Documents.Tests.Support;

namespace SunEs.Documents.Tests.Cli;

public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs <c>sunes</c> in-process from a working directory, on a fixed "today".</summary>
internal static class Sunes
{
    public static readonly DateOnly Today = new(2023, 4, 1);

    public static CliResult Run(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = SunesApp.Run(args, new CliContext(output, error, workingDirectory, Today));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static CliResult InRepository(params string[] args) => Run(Repository.Root, args);
}

/// <summary>A fresh folder for a test's own files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sunes-documents-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Write(string relativePath, string content)
    {
        var fullPath = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, content, new UTF8Encoding(false));
        return fullPath;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system to clean: a test must not fail on its own cleanup.
        }
    }
}
