using SunEs.Diagnostics;
using SunEs.Runtime.Loading;

namespace SunEs.Cli.Build;

/// <summary>
/// Decides whether an existing output folder may be replaced: only when it is provably a previous
/// build — a manifest that reads as one, and nothing in the folder but the manifest and the files it
/// lists — and when it is not marked read-only. Anything else (sources, notes, a folder with a stray
/// <c>sunes-manifest.json</c>) is refused before anything is compiled, naming what was found.
/// </summary>
internal static class PreviousBuild
{
    public static void CheckReplaceable(string folder, string displayPath, MessageLanguage language)
    {
        if (File.Exists(folder))
        {
            throw new UsageException(language.Pick(
                $"« {displayPath} » est un fichier : indiquez avec -o un dossier de sortie.",
                $"'{displayPath}' is a file: give an output folder with -o."));
        }

        if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return;
        }

        BuildManifest manifest;
        try
        {
            manifest = BuildManifest.ReadFrom(folder);
        }
        catch (BuildDirectoryException exception)
        {
            throw NotABuild(displayPath, language, exception.Text.French, exception.Text.English);
        }

        var listed = manifest.Assemblies.SelectMany(assembly => new[] { assembly.File, assembly.Pdb }).Append(BuildManifest.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (!listed.Contains(entry.Name) || entry is DirectoryInfo || entry.LinkTarget is not null)
            {
                throw NotABuild(displayPath, language,
                    $"il contient « {entry.Name} », que son {BuildManifest.FileName} ne liste pas",
                    $"it holds '{entry.Name}', which its {BuildManifest.FileName} does not list");
            }
        }

        if (new[] { folder }.Concat(listed.Select(name => Path.Combine(folder, name))).FirstOrDefault(IsReadOnly) is { } locked)
        {
            throw new UsageException(language.Pick(
                $"le build précédent « {displayPath} » est en lecture seule ({Path.GetFileName(locked)}) : il ne sera pas remplacé. Rendez-le modifiable (chmod -R u+w) ou indiquez un autre dossier.",
                $"the previous build '{displayPath}' is read-only ({Path.GetFileName(locked)}): it will not be replaced. Make it writable (chmod -R u+w) or give another folder."));
        }
    }

    /// <summary>Marked read-only by its owner (the mode, not this process's rights: an administrator could write anyway, and should not).</summary>
    private static bool IsReadOnly(string path) =>
        !OperatingSystem.IsWindows() && (File.Exists(path) || Directory.Exists(path)) && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;

    private static UsageException NotABuild(string displayPath, MessageLanguage language, string whyFr, string whyEn) => new(language.Pick(
        $"le dossier « {displayPath} » existe et n'est pas un build précédent ({whyFr.TrimEnd('.')}) : il ne sera pas remplacé. Indiquez un dossier vide, nouveau, ou écrit par « sunes build ».",
        $"folder '{displayPath}' exists and is not a previous build ({whyEn.TrimEnd('.')}): it will not be replaced. Give an empty or new folder, or one written by 'sunes build'."));
}
