using SunEs.Diagnostics;

namespace SunEs.Cli;

/// <summary>The usage errors the commands report: what is wrong, then how to fix it.</summary>
internal static class UsageMessages
{
    public static string MissingCommand(MessageLanguage language) => language.Pick(
        $"indiquez une commande : {CommandList}.",
        $"give a command: {CommandList}.");

    /// <summary>The verbs, as the help lists them.</summary>
    private const string CommandList = "check, show, doc, diff, build, test, evaluate ou lsp (sunes --help)";

    public static string UnknownOption(MessageLanguage language, string token) => language.Pick(
        $"option inconnue « {token} ».",
        $"unknown option '{token}'.");

    public static string UnknownCommand(MessageLanguage language, string token) => language.Pick(
        $"commande inconnue « {token} » : choisissez {CommandList}.",
        $"unknown command '{token}': choose {CommandList.Replace(" ou ", " or ", StringComparison.Ordinal)}.");

    public static string UnexpectedArgument(MessageLanguage language, string token) => language.Pick(
        $"argument inattendu « {token} ».",
        $"unexpected argument '{token}'.");

    public static string MissingOptionValue(MessageLanguage language, string option) => language.Pick(
        $"l'option {option} attend une valeur.",
        $"option {option} needs a value.");

    public static string InvalidChoice(MessageLanguage language, string option, string value, IReadOnlyList<string> accepted) => language.Pick(
        $"valeur « {value} » invalide pour {option} : choisissez {JoinChoices(accepted, "ou")}.",
        $"invalid value '{value}' for {option}: choose {JoinChoices(accepted, "or")}.");

    public static string InvalidDate(MessageLanguage language, string option, string value) => language.Pick(
        $"date « {value} » invalide pour {option} : écrivez-la comme dans les textes, par exemple {option} 2023-04-01, {option} 01/04/2023 ou {option} \"1er avril 2023\".",
        $"invalid date '{value}' for {option}: write it as in the texts, for example {option} 2023-04-01, {option} 01/04/2023 or {option} \"1er avril 2023\".");

    public static string HelpOptionDescription(MessageLanguage language) => language.Pick(
        "Affiche l'aide et la façon d'utiliser la commande.",
        "Shows help and usage information.");

    public static string HelpHint(MessageLanguage language, string commandPath) => language.Pick(
        $"Pour l'aide : {commandPath} --help",
        $"For help: {commandPath} --help");

    public static string PathNotFound(MessageLanguage language, string path) => language.Pick(
        $"chemin introuvable « {path} » : indiquez un fichier .sunes ou un dossier qui en contient.",
        $"path not found '{path}': give a .sunes file or a folder that contains some.");

    public static string DefaultFolderNotFound(MessageLanguage language, string folder, string workingDirectory) => language.Pick(
        $"aucun chemin indiqué et le dossier par défaut « {folder} » n'existe pas dans {workingDirectory} : lancez la commande depuis la racine du dépôt ou indiquez les fichiers à lire, par exemple « sunes check mes-textes/ ».",
        $"no path given and the default folder '{folder}' does not exist in {workingDirectory}: run the command from the repository root or give the files to read, for example 'sunes check my-texts/'.");

    public static string NoSourceFile(MessageLanguage language, string folder) => language.Pick(
        $"aucun fichier .sunes dans « {folder} » (sous-dossiers compris) : indiquez un dossier qui contient des textes d'instruction.",
        $"no .sunes file in '{folder}' (subfolders included): give a folder that contains instruction texts.");

    public static string AccessDenied(MessageLanguage language, string path) => language.Pick(
        $"impossible de lire « {path} » : accès refusé. Vérifiez les droits du fichier ou du dossier.",
        $"cannot read '{path}': access denied. Check the permissions of the file or folder.");

    public static string NotUtf8(MessageLanguage language, string path) => language.Pick(
        $"impossible de lire « {path} » : ce n'est pas du texte UTF-8. Réenregistrez le fichier en UTF-8.",
        $"cannot read '{path}': it is not UTF-8 text. Save the file again as UTF-8.");

    public static string ReadFailed(MessageLanguage language, string path, string reason) => language.Pick(
        $"impossible de lire « {path} » : {reason}",
        $"cannot read '{path}': {reason}");

    public static string InternalError(MessageLanguage language, string reason) => language.Pick(
        $"erreur interne : {reason} Merci de la signaler avec les textes qui l'ont provoquée.",
        $"internal error: {reason} Please report it with the texts that caused it.");

    private static string JoinChoices(IReadOnlyList<string> choices, string lastSeparator) =>
        choices.Count == 1 ? choices[0] : $"{string.Join(", ", choices.Take(choices.Count - 1))} {lastSeparator} {choices[^1]}";
}
