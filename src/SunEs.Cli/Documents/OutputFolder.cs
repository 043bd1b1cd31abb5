using System.Text;
using SunEs.Diagnostics;

namespace SunEs.Cli.Documents;

/// <summary>
/// Writes a set of files into a folder so that a reader never sees a half-written one: every file
/// is first written whole beside its target, and only then are they all renamed into place.
/// </summary>
internal static class OutputFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the files and returns their paths as the user should read them.</summary>
    public static IReadOnlyList<string> Write(string given, string workingDirectory, IReadOnlyList<(string Name, string Content)> files, MessageLanguage language)
    {
        var folder = Path.GetFullPath(given, workingDirectory);
        if (File.Exists(folder))
        {
            throw new UsageException(DocumentMessages.OutputIsAFile(language, given));
        }

        var staged = new List<(string Temporary, string Target)>();
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (name, content) in files)
            {
                var target = Path.Combine(folder, name);
                var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
                staged.Add((temporary, target));
                File.WriteAllText(temporary, content, Utf8);
            }

            foreach (var (temporary, target) in staged)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            foreach (var (temporary, _) in staged)
            {
                TryDelete(temporary);
            }

            throw new UsageException(DocumentMessages.OutputNotWritable(language, given, exception.Message));
        }

        return files.Select(file => Path.Combine(given, file.Name).Replace('\\', '/')).ToList();
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The folder refuses even this: the temporary file is left, the targets are untouched.
        }
    }
}
