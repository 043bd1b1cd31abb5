using System.CommandLine;
using SunEs.Cli.Diagnostics;
using SunEs.Cli.Input;
using SunEs.Cli.Show;
using SunEs.Diagnostics;
using SunEs.Semantics;

namespace SunEs.Cli;

/// <summary>
/// <c>sunes show [paths…] [--as-of YYYY-MM-DD] [--provenance] [--lang fr|en]</c>: displays the rules
/// in force on a date as tables, optionally with the instruction and line each value comes from.
/// </summary>
internal static class ShowCommand
{
    public const string Name = "show";

    public static Command Create(CliContext context, MessageLanguage language, Option<string> languageOption)
    {
        var paths = CommandLineOptions.Paths(language);
        var asOf = CommandLineOptions.AsOf(language);
        var provenance = new Option<bool>("--provenance")
        {
            Description = language.Pick(
                "Indique pour chaque valeur l'instruction et la ligne d'où elle vient, et la valeur qu'elle remplace.",
                "Shows for every value the instruction and line it comes from, and the value it replaces."),
        };
        var command = new Command(Name, language.Pick(
            "Affiche les règles en vigueur à une date : instructions, fenêtres, grilles de cibles, dégressivité, prérequis, enveloppes. Code de sortie : 0, 1 si un texte a une erreur (diagnostics sur la sortie d'erreur), 2 si la commande est mal formée.",
            "Displays the rules in force on a date: instructions, windows, target grids, degressivity, prerequisites, envelopes. Exit code: 0, 1 if a text has an error (diagnostics on standard error), 2 if the command is wrong."))
        {
            paths,
            asOf,
            provenance,
        };
        command.SetAction(parseResult => Run(
            context,
            CommandLineOptions.ParseLanguage(parseResult.GetValue(languageOption)),
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(asOf) ?? context.Today,
            parseResult.GetValue(provenance)));
        return command;
    }

    public static int Run(CliContext context, MessageLanguage language, IReadOnlyList<string> paths, DateOnly asOf, bool provenance) =>
        CommandRunner.Run(context, language, $"sunes {Name}", () =>
        {
            var texts = InputFiles.Load(paths, context.WorkingDirectory, language);
            var compilation = Compilation.Parse(texts);
            if (compilation.HasErrors)
            {
                new TextDiagnosticFormatter().Write(compilation.Diagnostics, context.Error, language);
                return ExitCodes.TextErrors;
            }

            var console = ConsoleFactory.Create(context);
            new RulesView(compilation.GetRulesInForce(asOf), language, provenance).Render(console);
            return ExitCodes.Success;
        });
}
