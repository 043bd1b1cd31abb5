using SunEs.Diagnostics;

namespace SunEs.Cli.Documents;

/// <summary>What <c>sunes doc</c> and <c>sunes diff</c> tell the user: results, and mistakes with how to fix them.</summary>
internal static class DocumentMessages
{
    public static string MissingOutput(MessageLanguage language) => language.Pick(
        "indiquez le dossier où écrire la page avec -o, par exemple « sunes doc instructions --as-of 2023-04-01 -o out/doc ».",
        "give the folder to write the page to with -o, for example 'sunes doc instructions --as-of 2023-04-01 -o out/doc'.");

    public static string OutputIsAFile(MessageLanguage language, string path) => language.Pick(
        $"« {path} » est un fichier : -o attend un dossier (créé s'il n'existe pas).",
        $"'{path}' is a file: -o expects a folder (created when missing).");

    public static string OutputNotWritable(MessageLanguage language, string path, string reason) => language.Pick(
        $"impossible d'écrire dans « {path} » : {reason} Choisissez un autre dossier avec -o.",
        $"cannot write to '{path}': {reason} Choose another folder with -o.");

    public static string Written(MessageLanguage language, IEnumerable<string> paths) => language.Pick(
        $"Écrit : {string.Join(", ", paths)}",
        $"Written: {string.Join(", ", paths)}");

    public static string MissingSide(MessageLanguage language, string date, string text) => language.Pick(
        $"indiquez {date} AAAA-MM-JJ ou {text} NUMÉRO, par exemple « sunes diff --from 2023-01-01 --to 2023-04-01 ».",
        $"give {date} YYYY-MM-DD or {text} NUMBER, for example 'sunes diff --from 2023-01-01 --to 2023-04-01'.");

    public static string BothSides(MessageLanguage language, string date, string text) => language.Pick(
        $"{date} et {text} désignent la même date : n'en indiquez qu'une.",
        $"{date} and {text} name the same date: give only one of them.");

    public static string UnknownInstruction(MessageLanguage language, string option, string number, IEnumerable<string> known) => language.Pick(
        $"instruction inconnue « {number} » pour {option} : choisissez parmi {string.Join(", ", known)} (le numéro entier ou sa fin, par exemple 2023/28).",
        $"unknown instruction '{number}' for {option}: choose among {string.Join(", ", known)} (the whole number or its end, for example 2023/28).");

    public static string AmbiguousInstruction(MessageLanguage language, string option, string number, IEnumerable<string> matches) => language.Pick(
        $"« {number} » désigne plusieurs instructions pour {option} : {string.Join(", ", matches)}. Écrivez le numéro entier.",
        $"'{number}' names several instructions for {option}: {string.Join(", ", matches)}. Write the whole number.");

    public static string NoApplicationDate(MessageLanguage language, string number) => language.Pick(
        $"l'instruction « {number} » ne dit pas à partir de quand elle s'applique : comparez avec une date (--from/--to).",
        $"instruction '{number}' does not say from when it applies: compare with a date (--from/--to).");
}
