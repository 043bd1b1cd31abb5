using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Cli.Input;

/// <summary>
/// Turns the paths of the command line into source texts: folders are searched recursively for
/// *.sunes files, files are read as UTF-8. Every problem is a <see cref="UsageException"/>.
/// </summary>
public static class InputFiles
{
    /// <summary>The folder read when no path is given, relative to the working directory.</summary>
    public const string DefaultFolder = "instructions";

    public const string Extension = ".sunes";

    /// <summary>Expands and reads the given paths (the default folder when there are none), in a stable order.</summary>
    public static IReadOnlyList<SourceText> Load(IReadOnlyList<string> paths, string workingDirectory, MessageLanguage language)
    {
        var files = Expand(paths, workingDirectory, language);
        return files.Select(file => Read(file, language)).ToList();
    }

    /// <summary>The files to read, each with the path diagnostics show for it.</summary>
    public static IReadOnlyList<InputFile> Expand(IReadOnlyList<string> paths, string workingDirectory, MessageLanguage language)
    {
        var usesDefault = paths.Count == 0;
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in usesDefault ? [DefaultFolder] : paths)
        {
            var fullPath = Path.GetFullPath(given, workingDirectory);
            if (File.Exists(fullPath))
            {
                Add(new InputFile(fullPath, DisplayPath(given, fullPath, workingDirectory)));
            }
            else if (Directory.Exists(fullPath))
            {
                var found = FindSources(given, fullPath, language);
                if (found.Count == 0)
                {
                    throw new UsageException(UsageMessages.NoSourceFile(language, given));
                }

                foreach (var file in found)
                {
                    Add(new InputFile(file, DisplayPath(given, file, workingDirectory)));
                }
            }
            else
            {
                throw new UsageException(usesDefault
                    ? UsageMessages.DefaultFolderNotFound(language, DefaultFolder + "/", workingDirectory)
                    : UsageMessages.PathNotFound(language, given));
            }
        }

        return files;

        void Add(InputFile file)
        {
            if (seen.Add(file.FullPath))
            {
                files.Add(file);
            }
        }
    }

    /// <summary>Reads one file as UTF-8 (a byte order mark is dropped); anything else is refused at the first bad byte's line and column.</summary>
    public static SourceText Read(InputFile file, MessageLanguage language)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException(UsageMessages.AccessDenied(language, file.DisplayPath));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            // Listed, then gone: deleted meanwhile, or a broken link.
            throw new UsageException(UsageMessages.PathNotFound(language, file.DisplayPath));
        }
        catch (IOException exception)
        {
            throw new UsageException(UsageMessages.ReadFailed(language, file.DisplayPath, exception.Message));
        }

        return new SourceText(file.DisplayPath, Utf8Text.Decode(bytes, file.DisplayPath, language));
    }

    private static List<string> FindSources(string given, string folder, MessageLanguage language)
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, MatchType = MatchType.Simple };
            return Directory.EnumerateFiles(folder, "*" + Extension, options)
                .Where(file => file.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException(UsageMessages.AccessDenied(language, given));
        }
        catch (IOException exception)
        {
            throw new UsageException(UsageMessages.ReadFailed(language, given, exception.Message));
        }
    }

    /// <summary>
    /// A path as the user gave it: relative to the working directory when given relative, absolute
    /// when given absolute; always with forward slashes.
    /// </summary>
    private static string DisplayPath(string given, string fullPath, string workingDirectory)
    {
        var display = Path.IsPathRooted(given) ? fullPath : Path.GetRelativePath(workingDirectory, fullPath);
        return display.Replace('\\', '/');
    }
}
