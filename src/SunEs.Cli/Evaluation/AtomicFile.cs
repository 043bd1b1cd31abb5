using System.Text;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Writes a file through a temporary file next to it, then a rename: readers see the old file or
/// the whole new one, never a part. The new file keeps what the old one was: its permissions (a
/// result kept private stays private) and, when the path is a symbolic link, its place — the file
/// the link points to is replaced and the link kept.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, string displayPath, string content, MessageLanguage language)
    {
        var target = FinalTarget(path);
        var temporary = Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Only the temporary file is left; the target is untouched either way.
            }

            throw new UsageException(language.Pick(
                $"écriture de « {displayPath} » impossible : {exception.Message} Le fichier n'a pas été modifié.",
                $"cannot write '{displayPath}': {exception.Message} The file was not changed."));
        }
    }

    /// <summary>The file a path ends at once every symbolic link is followed (the path itself when it is none, or does not exist yet).</summary>
    public static string FinalTarget(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            // A link loop or a dangling link: writing to the path itself reports the problem.
            return path;
        }
    }
}
