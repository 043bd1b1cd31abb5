using System.Text.Json;
using SunEs.Diagnostics;
using SunEs.Runtime.Loading;

namespace SunEs.Cli.Build;

/// <summary>
/// Decides whether an existing output folder may be replaced: only when it is provably a previous
/// build — a manifest of a format sunes writes or wrote, and nothing in the folder but the manifest
/// and the files it lists — and when it is not marked read-only. Anything else (sources, notes, a folder with a stray
/// <c>sunes-manifest.json</c>) is refused before anything is compiled, naming what was found.
/// </summary>
internal static class PreviousBuild
{
    private const long MaxManifestLength = 16 * 1024 * 1024;

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

        var listed = ListedFiles(folder)?.Append(BuildManifest.FileName).ToHashSet(StringComparer.Ordinal)
            ?? throw NotABuild(displayPath, language,
                $"pas de {BuildManifest.FileName} lisible, d'un format que sunes écrit",
                $"no readable {BuildManifest.FileName} of a format sunes writes");
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

    /// <summary>
    /// The DLL and PDB names the manifest of a build of this version or of an earlier one lists (a
    /// build folder from before an upgrade is still a build to replace); null when there is no such manifest.
    /// </summary>
    private static IEnumerable<string>? ListedFiles(string folder)
    {
        var file = new FileInfo(Path.Combine(folder, BuildManifest.FileName));
        if (!file.Exists || file.Length is 0 or > MaxManifestLength)
        {
            // Missing, or not a regular file (a pipe has no length and would block the read), or not a manifest's size.
            return null;
        }

        try
        {
            using var manifest = JsonDocument.Parse(File.ReadAllBytes(file.FullName));
            var root = manifest.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("formatVersion", out var version) || !version.TryGetInt32(out var format) || format is < 1 or > BuildManifest.CurrentFormatVersion
                || !root.TryGetProperty("assemblies", out var assemblies) || assemblies.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var names = new List<string>();
            foreach (var assembly in assemblies.EnumerateArray())
            {
                foreach (var key in new[] { "file", "pdb" })
                {
                    if (assembly.ValueKind != JsonValueKind.Object || !assembly.TryGetProperty(key, out var name) || name.ValueKind != JsonValueKind.String
                        || name.GetString() is not { Length: > 0 } listed || listed != Path.GetFileName(listed) || listed is "." or "..")
                    {
                        return null;
                    }

                    names.Add(listed);
                }
            }

            return names;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Marked read-only by its owner (the mode, not this process's rights: an administrator could write anyway, and should not).</summary>
    private static bool IsReadOnly(string path) =>
        !OperatingSystem.IsWindows() && (File.Exists(path) || Directory.Exists(path)) && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;

    private static UsageException NotABuild(string displayPath, MessageLanguage language, string whyFr, string whyEn) => new(language.Pick(
        $"le dossier « {displayPath} » existe et n'est pas un build précédent ({whyFr.TrimEnd('.')}) : il ne sera pas remplacé. Indiquez un dossier vide, nouveau, ou écrit par « sunes build ».",
        $"folder '{displayPath}' exists and is not a previous build ({whyEn.TrimEnd('.')}): it will not be replaced. Give an empty or new folder, or one written by 'sunes build'."));
}
