using System.Diagnostics;
using SunEs.Diagnostics;

namespace SunEs.Cli.Build;

/// <summary>
/// Writes a build folder all at once. Every file goes into a fresh folder next to the target, named
/// after this process (<c>.out.sunes-build-PID-…</c>), which then takes the target's place in one
/// step: on Linux the two folders are exchanged by a single rename, so the target never stops
/// existing, even if the process is killed; elsewhere the previous build is moved aside first. A
/// target that is a symbolic link keeps its link: the folder it points to is replaced. Folders
/// left by builds that were killed (their process is gone) are removed by the next build; one this
/// build cannot remove is named in a warning, never left in silence. On any failure the target is
/// left as it was.
/// </summary>
internal static class BuildDirectoryWriter
{
    private const string StagingMark = ".sunes-build-";
    private const string PreviousMark = ".sunes-previous-";

    /// <summary>Refuses a target that is a file, or a folder that is not provably a previous build.</summary>
    public static void CheckTarget(string target, string displayPath, MessageLanguage language) =>
        PreviousBuild.CheckReplaceable(FinalTarget(target), displayPath, language);

    /// <param name="warnings">Where a leftover folder this build could not remove is named.</param>
    /// <param name="beforeEachFile">Called before each file is written; tests use it to fail in the middle of a build.</param>
    public static void Write(string target, IReadOnlyList<(string Name, byte[] Content)> files, string displayPath, MessageLanguage language,
        TextWriter warnings, Action<string>? beforeEachFile = null)
    {
        var folder = FinalTarget(target);
        var parent = Path.GetDirectoryName(folder) ?? folder;
        var name = Path.GetFileName(folder);
        var owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        var staging = Path.Combine(parent, $".{name}{StagingMark}{owner}");
        try
        {
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, name, warnings, language);
            Directory.CreateDirectory(staging);
            foreach (var (fileName, content) in files)
            {
                beforeEachFile?.Invoke(fileName);
                File.WriteAllBytes(Path.Combine(staging, fileName), content);
            }

            var replaced = Replace(folder, staging, Path.Combine(parent, $".{name}{PreviousMark}{owner}"));
            if (replaced is not null && !TryDelete(replaced))
            {
                warnings.WriteLine(Leftover(replaced, language));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            throw new UsageException(language.Pick(
                $"écriture de « {displayPath} » impossible : {exception.Message} Rien n'a été écrit ; le dossier est resté tel qu'il était.",
                $"cannot write '{displayPath}': {exception.Message} Nothing was written; the folder was left as it was."));
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    /// <summary>The folder a path ends at once every symbolic link is followed (the path itself when it is none, or does not exist yet).</summary>
    public static string FinalTarget(string path)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(path);
        try
        {
            return Directory.ResolveLinkTarget(trimmed, returnFinalTarget: true)?.FullName ?? trimmed;
        }
        catch (IOException)
        {
            return trimmed;
        }
    }

    /// <summary>Puts the staged build in place; returns where the previous build now is (to be removed), or null when there was none.</summary>
    private static string? Replace(string folder, string staging, string previous)
    {
        if (!Directory.Exists(folder))
        {
            Directory.Move(staging, folder);
            return null;
        }

        if (FolderExchange.TryExchange(staging, folder))
        {
            return staging;
        }

        Directory.Move(folder, previous);
        try
        {
            Directory.Move(staging, folder);
        }
        catch
        {
            Directory.Move(previous, folder);
            throw;
        }

        return previous;
    }

    /// <summary>Removes the staging and previous-build folders of builds of this target whose process is gone.</summary>
    private static void RemoveLeftovers(string parent, string name, TextWriter warnings, MessageLanguage language)
    {
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}.sunes-*"))
        {
            var suffix = Path.GetFileName(leftover)[(name.Length + 1)..];
            var owner = suffix.StartsWith(StagingMark, StringComparison.Ordinal) ? suffix[StagingMark.Length..]
                : suffix.StartsWith(PreviousMark, StringComparison.Ordinal) ? suffix[PreviousMark.Length..]
                : null;
            if (owner is not null && int.TryParse(owner.Split('-')[0], out var process) && !IsRunning(process) && !TryDelete(leftover))
            {
                warnings.WriteLine(Leftover(leftover, language));
            }
        }
    }

    private static bool IsRunning(int process)
    {
        try
        {
            using var found = Process.GetProcessById(process);
            return !found.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Leftover(string folder, MessageLanguage language) => language.Pick(
        $"avertissement : le dossier temporaire « {folder} » n'a pas pu être supprimé ; supprimez-le (le build lui-même est complet).",
        $"warning: the temporary folder '{folder}' could not be removed; delete it (the build itself is complete).");
}
