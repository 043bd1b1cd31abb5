using System.CommandLine;
using System.Globalization;
using SunEs.Diagnostics;

namespace SunEs.Cli;

/// <summary>
/// The <c>sunes</c> command line: builds the commands in the user's language, reports command-line
/// mistakes as usage errors (exit code 2) and never lets an exception escape as a stack trace.
/// </summary>
public static class SunesApp
{
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var language = CommandLineOptions.PreScanLanguage(args);
        var previousCulture = CultureInfo.CurrentUICulture;
        try
        {
            // System.CommandLine's own texts (help headings) follow the UI culture.
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language.Pick("fr", "en"));
            var root = BuildRoot(context, language);
            var parseResult = root.Parse(args);
            if (ParseErrors.Any(parseResult))
            {
                ParseErrors.Report(parseResult, context.Error, language);
                return ExitCodes.UsageError;
            }

            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception exception)
        {
            context.Error.WriteLine($"sunes{language.Pick(" : ", ": ")}{UsageMessages.InternalError(language, exception.Message)}");
            return ExitCodes.InternalError;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousCulture;
        }
    }

    private static RootCommand BuildRoot(CliContext context, MessageLanguage language)
    {
        var languageOption = CommandLineOptions.Language(language);
        var root = new RootCommand(language.Pick(
            "sunes : vérifie, compile et teste les instructions SUN-ES écrites en SunEs, affiche et publie les règles en vigueur à une date, évalue des candidatures. Codes de sortie : 0 sans erreur, 1 si un texte a une erreur ou un test échoue, 2 si la commande ou un fichier est incorrect, 3 en cas d'erreur interne, 4 si des lignes d'un lot sont refusées.",
            "sunes: checks, compiles and tests SUN-ES instructions written in SunEs, displays and publishes the rules in force on a date, evaluates candidacies. Exit codes: 0 without error, 1 if a text has an error or a test fails, 2 if the command or a file is wrong, 3 on internal error, 4 if rows of a batch are refused."))
        {
            languageOption,
            CheckCommand.Create(context, language, languageOption),
            ShowCommand.Create(context, language, languageOption),
            DocCommand.Create(context, language, languageOption),
            DiffCommand.Create(context, language, languageOption),
            Build.BuildCommand.Create(context, language, languageOption),
            Testing.TestCommand.Create(context, language, languageOption),
            Evaluation.EvaluateCommand.Create(context, language, languageOption),
            LspCommand.Create(context, language),
        };
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>())
        {
            help.Description = UsageMessages.HelpOptionDescription(language);
        }

        root.SetAction(_ =>
        {
            CommandRunner.ReportUsageError(context.Error, language, "sunes", UsageMessages.MissingCommand(language));
            context.Error.WriteLine(UsageMessages.HelpHint(language, "sunes"));
            return ExitCodes.UsageError;
        });
        return root;
    }
}
