using SunEs.Diagnostics;
using SunEs.Runtime.Loading;

namespace SunEs.Cli.Build;

/// <summary>
/// Writes a build directory all at once: every file goes into a fresh folder next to the target,
/// which then takes the target's place. On any failure the temporary folder is removed and the
/// target is left as it was, so readers never see a half-written build. A target that exists
/// and is not a build directory (no manifest) is never replaced.
/// </summary>
internal static class BuildDirectoryWriter
{
    /// <summary>Refuses a target that is a file, or a folder holding something other than a previous build.</summary>
    public static void CheckTarget(string target, string displayPath, MessageLanguage language)
    {
        if (File.Exists(target))
        {
            throw new UsageException(language.Pick(
                $"« {displayPath} » est un fichier : indiquez avec -o un dossier de sortie.",
                $"'{displayPath}' is a file: give an output folder with -o."));
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()
            && !File.Exists(Path.Combine(target, BuildManifest.FileName)))
        {
            throw new UsageException(language.Pick(
                $"le dossier « {displayPath} » existe et n'est pas un dossier de build (pas de {BuildManifest.FileName}) : il ne sera pas remplacé. Indiquez un dossier vide ou nouveau.",
                $"folder '{displayPath}' exists and is not a build folder (no {BuildManifest.FileName}): it will not be replaced. Give an empty or new folder."));
        }
    }

    /// <param name="beforeEachFile">Called before each file is written; tests use it to fail in the middle of a build.</param>
    public static void Write(string target, IReadOnlyList<(string Name, byte[] Content)> files, string displayPath, MessageLanguage language, Action<string>? beforeEachFile = null)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(target)) ?? target;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(target));
        var staging = Path.Combine(parent, $".{name}.sunes-build-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{name}.sunes-previous-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (fileName, content) in files)
            {
                beforeEachFile?.Invoke(fileName);
                File.WriteAllBytes(Path.Combine(staging, fileName), content);
            }

            Replace(target, staging, previous);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            DeleteQuietly(staging);
            throw new UsageException(language.Pick(
                $"écriture de « {displayPath} » impossible : {exception.Message} Rien n'a été écrit ; le dossier est resté tel qu'il était.",
                $"cannot write '{displayPath}': {exception.Message} Nothing was written; the folder was left as it was."));
        }
        catch
        {
            DeleteQuietly(staging);
            throw;
        }
    }

    /// <summary>Moves the previous build aside, the new one in, then drops the previous one; puts it back if the move fails.</summary>
    private static void Replace(string target, string staging, string previous)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        Directory.Move(target, previous);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(previous, target);
            throw;
        }

        DeleteQuietly(previous);
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Only a leftover temporary folder, named as such; the build itself is consistent.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: a leftover temporary folder.
        }
    }
}
