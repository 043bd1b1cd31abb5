using System.CommandLine;
using SunEs.Cli.Diagnostics;
using SunEs.Cli.Documents;
using SunEs.Cli.Input;
using SunEs.Diagnostics;
using SunEs.Documents;
using SunEs.Semantics;

namespace SunEs.Cli;

/// <summary>
/// <c>sunes diff [paths…] (--from DATE | --from-text N°) (--to DATE | --to-text N°) [--format table|json|html]</c>:
/// every rule whose value differs between the rules in force on two dates, with the text each side comes from.
/// An instruction number stands for the date it applies from.
/// </summary>
internal static class DiffCommand
{
    public const string Name = "diff";

    public static Command Create(CliContext context, MessageLanguage language, Option<string> languageOption)
    {
        var paths = CommandLineOptions.Paths(language);
        var from = DocumentOptions.Date("--from", "Date des règles de départ (AAAA-MM-JJ).", "Date of the rules to start from (YYYY-MM-DD).", language);
        var to = DocumentOptions.Date("--to", "Date des règles d'arrivée (AAAA-MM-JJ).", "Date of the rules to compare with (YYYY-MM-DD).", language);
        var fromText = new Option<string>("--from-text")
        {
            Description = language.Pick("Au lieu de --from : les règles à la date d'application de cette instruction (numéro entier ou sa fin, ex. 2022/84).",
                "Instead of --from: the rules on the date this instruction applies from (whole number or its end, e.g. 2022/84)."),
            HelpName = language.Pick("NUMÉRO", "NUMBER"),
        };
        var toText = new Option<string>("--to-text")
        {
            Description = language.Pick("Au lieu de --to : les règles à la date d'application de cette instruction (ex. 2023/28).",
                "Instead of --to: the rules on the date this instruction applies from (e.g. 2023/28)."),
            HelpName = language.Pick("NUMÉRO", "NUMBER"),
        };
        var format = DocumentOptions.Choice("--format", DocumentOptions.DiffFormats,
            "Format : table (par défaut), json, ou html (une page autonome).",
            "Format: table (default), json, or html (a self-contained page).", language);
        var command = new Command(Name, language.Pick(
            "Liste chaque règle dont la valeur a changé entre deux dates (ou deux instructions) : cibles, dates des fenêtres, ajouts et suppressions, avec le texte d'où vient chaque valeur. Code de sortie : 0, 1 si un texte a une erreur, 2 si la commande est mal formée.",
            "Lists every rule whose value changed between two dates (or two instructions): targets, window dates, additions and removals, with the text each value comes from. Exit code: 0, 1 if a text has an error, 2 if the command is wrong."))
        {
            paths,
            from,
            to,
            fromText,
            toText,
            format,
        };
        command.SetAction(parseResult => Run(
            context,
            CommandLineOptions.ParseLanguage(parseResult.GetValue(languageOption)),
            parseResult.GetValue(paths) ?? [],
            new DiffSide("--from", parseResult.GetValue(from), "--from-text", parseResult.GetValue(fromText)),
            new DiffSide("--to", parseResult.GetValue(to), "--to-text", parseResult.GetValue(toText)),
            parseResult.GetValue(format) ?? "table"));
        return command;
    }

    public static int Run(CliContext context, MessageLanguage language, IReadOnlyList<string> paths, DiffSide from, DiffSide to, string format) =>
        CommandRunner.Run(context, language, $"sunes {Name}", () =>
        {
            from.CheckGiven(language);
            to.CheckGiven(language);
            var compilation = Compilation.Parse(InputFiles.Load(paths, context.WorkingDirectory, language));
            if (compilation.HasErrors)
            {
                new TextDiagnosticFormatter().Write(compilation.Diagnostics, context.Error, language);
                return ExitCodes.TextErrors;
            }

            var diff = RulesDocuments.Diff(compilation, from.Resolve(compilation, language), to.Resolve(compilation, language), language);
            context.Out.Write(format switch
            {
                "json" => RulesDocuments.DiffJson(diff, language),
                "html" => RulesDocuments.DiffHtml(diff, language),
                _ => RulesDocuments.DiffTable(diff, language),
            });
            return ExitCodes.Success;
        });
}
