using System.CommandLine;
using System.Globalization;
using SunEs.Cli.Diagnostics;
using SunEs.Cli.Input;
using SunEs.Diagnostics;

namespace SunEs.Cli;

/// <summary>
/// The arguments and options the commands share. Values are parsed here and checked by validators,
/// so a wrong value is a usage error with a message in the user's language.
/// </summary>
internal static class CommandLineOptions
{
    public const string LanguageOptionName = "--lang";

    public static IReadOnlyList<string> LanguageNames { get; } = ["fr", "en"];

    /// <summary>Files and folders to read; none means the default folder.</summary>
    public static Argument<string[]> Paths(MessageLanguage language) => new(language.Pick("chemins", "paths"))
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = language.Pick(
            $"Fichiers .sunes ou dossiers (parcourus récursivement). Par défaut : {InputFiles.DefaultFolder}/ dans le dossier courant.",
            $".sunes files or folders (searched recursively). Default: {InputFiles.DefaultFolder}/ in the current folder."),
    };

    /// <summary><c>--lang fr|en</c>: the language of messages, on every command.</summary>
    public static Option<string> Language(MessageLanguage language)
    {
        var option = new Option<string>(LanguageOptionName)
        {
            Description = language.Pick("Langue des messages : fr (par défaut) ou en.", "Language of messages: fr (default) or en."),
            HelpName = "fr|en",
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !MessageLanguages.TryParse(value, out _))
            {
                result.AddError(UsageMessages.InvalidChoice(language, LanguageOptionName, value, LanguageNames));
            }
        });
        return option;
    }

    /// <summary><c>--format text|json|sarif</c>.</summary>
    public static Option<string> Format(MessageLanguage language)
    {
        var option = new Option<string>("--format")
        {
            Description = language.Pick(
                "Format de sortie : text (une ligne par diagnostic, par défaut), json ou sarif (SARIF 2.1.0).",
                "Output format: text (one line per diagnostic, default), json or sarif (SARIF 2.1.0)."),
            HelpName = "text|json|sarif",
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !DiagnosticFormats.TryParse(value, out _))
            {
                result.AddError(UsageMessages.InvalidChoice(language, "--format", value, DiagnosticFormats.Names));
            }
        });
        return option;
    }

    /// <summary><c>--as-of DATE</c>, written as in the texts; absent means today.</summary>
    public static Option<DateOnly?> AsOf(MessageLanguage language) => new("--as-of")
    {
        Description = language.Pick(
            "Date des règles à afficher, écrite comme dans les textes (2023-04-01, 01/04/2023, « 1er avril 2023 »). Par défaut : aujourd'hui (date de l'ordinateur).",
            "Date of the rules to display, written as in the texts (2023-04-01, 01/04/2023, '1er avril 2023'). Default: today (the computer's date)."),
        HelpName = language.Pick("AAAA-MM-JJ", "YYYY-MM-DD"),
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (TryParseDate(token, out var date))
            {
                return date;
            }

            result.AddError(UsageMessages.InvalidDate(language, "--as-of", token));
            return null;
        },
    };

    /// <summary><c>--programme ID</c>: one programme of texts or a build that holds several.</summary>
    public static Option<string> Programme(MessageLanguage language, string frenchDescription, string englishDescription) => new("--programme")
    {
        Description = language.Pick(frenchDescription, englishDescription),
        HelpName = "ID",
    };

    /// <summary>A date as the texts write it: 2023-04-01, 01/04/2023, « 1er avril 2023 ».</summary>
    public static bool TryParseDate(string text, out DateOnly date) => Syntax.DateLiteral.TryParse(text, out date);

    /// <summary>The language of a parsed <c>--lang</c> value (French when absent).</summary>
    public static MessageLanguage ParseLanguage(string? value) =>
        MessageLanguages.TryParse(value, out var language) ? language : MessageLanguage.French;

    /// <summary>
    /// The language asked for on the command line, read before parsing so that help, parse errors
    /// and usage errors are already in that language. Unknown or missing values mean French.
    /// </summary>
    public static MessageLanguage PreScanLanguage(IReadOnlyList<string> args)
    {
        string? value = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == LanguageOptionName && i + 1 < args.Count)
            {
                value = args[i + 1];
            }
            else if (arg.StartsWith(LanguageOptionName + "=", StringComparison.Ordinal) || arg.StartsWith(LanguageOptionName + ":", StringComparison.Ordinal))
            {
                value = arg[(LanguageOptionName.Length + 1)..];
            }
        }

        return ParseLanguage(value);
    }
}
