using System.Text;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>Reads the candidatures file given by <c>--input</c>: CSV or JSON according to its extension.</summary>
internal static class InputFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static InputBatch Read(string input, CliContext context, MessageLanguage language)
    {
        var path = Path.GetFullPath(input, context.WorkingDirectory);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".json"))
        {
            throw new UsageException(language.Pick(
                $"« {input} » : extension inconnue. Donnez un fichier .csv ou .json (formats décrits dans docs/evaluation.md).",
                $"'{input}': unknown extension. Give a .csv or .json file (formats in docs/evaluation.md)."));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException(language.Pick($"fichier introuvable « {input} ».", $"file not found '{input}'."));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(UsageMessages.ReadFailed(language, input, exception.Message));
        }

        if (extension == ".json")
        {
            return JsonCandidacyReader.Read(bytes, input, language);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UsageException(UsageMessages.NotUtf8(language, input));
        }

        return CsvCandidacyReader.Read(text, input, language);
    }
}
