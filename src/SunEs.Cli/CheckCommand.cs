using System.CommandLine;
using SunEs.Cli.Diagnostics;
using SunEs.Cli.Input;
using SunEs.Diagnostics;
using SunEs.Semantics;

namespace SunEs.Cli;

/// <summary><c>sunes check [paths…] [--format text|json|sarif] [--lang fr|en]</c>: checks texts and reports their diagnostics.</summary>
internal static class CheckCommand
{
    public const string Name = "check";

    public static Command Create(CliContext context, MessageLanguage language, Option<string> languageOption)
    {
        var paths = CommandLineOptions.Paths(language);
        var format = CommandLineOptions.Format(language);
        var command = new Command(Name, language.Pick(
            "Vérifie des textes d'instruction et affiche leurs diagnostics. Code de sortie : 0 sans erreur (avertissements admis), 1 si un texte a une erreur, 2 si la commande est mal formée.",
            "Checks instruction texts and prints their diagnostics. Exit code: 0 without error (warnings allowed), 1 if a text has an error, 2 if the command is wrong."))
        {
            paths,
            format,
        };
        command.SetAction(parseResult =>
        {
            var messageLanguage = CommandLineOptions.ParseLanguage(parseResult.GetValue(languageOption));
            DiagnosticFormats.TryParse(parseResult.GetValue(format) ?? "text", out var outputFormat);
            return Run(context, messageLanguage, parseResult.GetValue(paths) ?? [], outputFormat);
        });
        return command;
    }

    public static int Run(CliContext context, MessageLanguage language, IReadOnlyList<string> paths, DiagnosticFormat format) =>
        CommandRunner.Run(context, language, $"sunes {Name}", () =>
        {
            var texts = InputFiles.Load(paths, context.WorkingDirectory, language);
            var compilation = Compilation.Parse(texts);
            format.Formatter().Write(compilation.Diagnostics, context.Out, language);
            return compilation.HasErrors ? ExitCodes.TextErrors : ExitCodes.Success;
        });
}
