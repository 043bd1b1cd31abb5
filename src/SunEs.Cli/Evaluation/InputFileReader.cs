using SunEs.Cli.Input;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>Reads the candidatures file given by <c>--input</c>: CSV or JSON according to its extension.</summary>
internal static class InputFileReader
{
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

        var content = Utf8Text.Validate(bytes, input, language);
        if (content.Span.IndexOf((byte)0) is var nul and >= 0)
        {
            throw new UsageException(language.Pick(
                $"{input}({content.Span[..nul].Count((byte)'\n') + 1}) : caractère nul : ce n'est pas un fichier texte UTF-8 (UTF-16 sans marque ?). Réenregistrez-le en UTF-8.",
                $"{input}({content.Span[..nul].Count((byte)'\n') + 1}): null character: this is not a UTF-8 text file (UTF-16 without a mark?). Save it again as UTF-8."));
        }

        if (content.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new UsageException(language.Pick(
                $"« {input} » est vide : {(extension == ".json" ? "il doit contenir un tableau de candidatures" : "la première ligne doit nommer les colonnes")} (voir docs/evaluation.md).",
                $"'{input}' is empty: {(extension == ".json" ? "it must hold an array of candidatures" : "its first line must name the columns")} (see docs/evaluation.md)."));
        }

        return extension == ".json"
            ? JsonCandidacyReader.Read(content, input, language)
            : CsvCandidacyReader.Read(System.Text.Encoding.UTF8.GetString(content.Span), input, language);
    }
}
