using System.Text;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>Writes a file through a temporary file next to it, then a rename: readers see the old file or the whole new one, never a part.</summary>
internal static class AtomicFile
{
    public static void Write(string path, string displayPath, string content, MessageLanguage language)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path) ?? ".", $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, path, overwrite: true);
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
}
