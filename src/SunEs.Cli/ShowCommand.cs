using System.CommandLine;
using Spectre.Console;
using SunEs.Cli.Diagnostics;
using SunEs.Cli.Documents;
using SunEs.Cli.Input;
using SunEs.Cli.Show;
using SunEs.Diagnostics;
using SunEs.Semantics;

namespace SunEs.Cli;

/// <summary>
/// <c>sunes show [paths…] [--as-of YYYY-MM-DD] [--provenance] [--programme ID] [--lang fr|en]</c>: displays
/// the rules in force on a date as tables, optionally with the instruction and line each value comes
/// from; texts of several programmes show each programme in turn (or the one named).
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
        var programme = CommandLineOptions.Programme(language,
            "Programme à afficher, quand les textes en déclarent plusieurs (par défaut : chacun à son tour).",
            "Programme to display when the texts declare several (default: each in turn).");
        var command = new Command(Name, language.Pick(
            "Affiche les règles en vigueur à une date : instructions, fenêtres, grilles de cibles, dégressivité, prérequis, enveloppes. Code de sortie : 0, 1 si un texte a une erreur (diagnostics sur la sortie d'erreur), 2 si la commande est mal formée.",
            "Displays the rules in force on a date: instructions, windows, target grids, degressivity, prerequisites, envelopes. Exit code: 0, 1 if a text has an error (diagnostics on standard error), 2 if the command is wrong."))
        {
            paths,
            asOf,
            provenance,
            programme,
        };
        command.SetAction(parseResult => Run(
            context,
            CommandLineOptions.ParseLanguage(parseResult.GetValue(languageOption)),
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(asOf) ?? context.Today,
            parseResult.GetValue(provenance),
            parseResult.GetValue(programme)));
        return command;
    }

    public static int Run(CliContext context, MessageLanguage language, IReadOnlyList<string> paths, DateOnly asOf, bool provenance, string? programme = null) =>
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
            var programmes = ProgrammeChoice.Resolve(compilation, programme, language);
            var rules = compilation.GetRulesInForce(asOf);
            if (programme is null && programmes.Count < 2)
            {
                new RulesView(rules, language, provenance).Render(console);
                return ExitCodes.Success;
            }

            foreach (var shown in programmes)
            {
                console.WriteLine();
                console.Write(Tables.Heading($"Programme {shown.Id}" + (shown.Label is { } label ? $" — {label}" : string.Empty)));
                new RulesView(rules.ForProgramme(shown), language, provenance).Render(console);
            }

            return ExitCodes.Success;
        });
}
