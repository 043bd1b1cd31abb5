using System.CommandLine;
using SunEs.Cli.Diagnostics;
using SunEs.Cli.Documents;
using SunEs.Cli.Input;
using SunEs.Diagnostics;
using SunEs.Documents;
using SunEs.Semantics;

namespace SunEs.Cli;

/// <summary>
/// <c>sunes doc [paths…] [--as-of DATE] [--format html|md] [--compare DATE] [--programme ID] -o DIR</c>: writes
/// the page of the rules in force (self-contained HTML, or Markdown) and the calendar of the windows
/// as SVG. Texts of several programmes give one page per programme, each in a folder named after it.
/// </summary>
internal static class DocCommand
{
    public const string Name = "doc";

    public const string HtmlFileName = "index.html";

    public const string MarkdownFileName = "index.md";

    public static Command Create(CliContext context, MessageLanguage language, Option<string> languageOption)
    {
        var paths = CommandLineOptions.Paths(language);
        var asOf = CommandLineOptions.AsOf(language);
        var format = DocumentOptions.Choice("--format", DocumentOptions.PageFormats,
            "Format de la page : html (un seul fichier, lisible hors ligne, par défaut) ou md (Markdown).",
            "Format of the page: html (one file, readable offline, default) or md (Markdown).", language);
        var compare = DocumentOptions.Date("--compare",
            "Compare avec les règles à cette date : liste des changements et calendrier superposé en pointillés.",
            "Compares with the rules on this date: list of changes and a dashed calendar overlaid.", language);
        var programme = CommandLineOptions.Programme(language,
            "Programme dont écrire la page, quand les textes en déclarent plusieurs (par défaut : une page par programme, chacune dans un dossier à son nom).",
            "Programme whose page to write when the texts declare several (default: one page per programme, each in a folder named after it).");
        var output = new Option<string>("--output", "-o")
        {
            Description = language.Pick("Dossier où écrire la page et le calendrier (créé s'il n'existe pas).", "Folder to write the page and the calendar to (created when missing)."),
            HelpName = language.Pick("DOSSIER", "FOLDER"),
        };
        var command = new Command(Name, language.Pick(
            "Écrit la page des règles en vigueur à une date : en-têtes des instructions, calendrier des fenêtres, grilles de cibles, prérequis, dégressivité et bonus, enveloppes ; chaque valeur renvoie au texte dont elle vient. Code de sortie : 0, 1 si un texte a une erreur, 2 si la commande est mal formée.",
            "Writes the page of the rules in force on a date: instruction headers, window calendar, target grids, prerequisites, degressivity and bonuses, envelopes; every value links to the text it comes from. Exit code: 0, 1 if a text has an error, 2 if the command is wrong."))
        {
            paths,
            asOf,
            format,
            compare,
            programme,
            output,
        };
        command.SetAction(parseResult => Run(
            context,
            CommandLineOptions.ParseLanguage(parseResult.GetValue(languageOption)),
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(asOf) ?? context.Today,
            parseResult.GetValue(format) ?? "html",
            parseResult.GetValue(compare),
            parseResult.GetValue(programme),
            parseResult.GetValue(output)));
        return command;
    }

    public static int Run(CliContext context, MessageLanguage language, IReadOnlyList<string> paths, DateOnly asOf, string format, DateOnly? compare, string? programme, string? output) =>
        CommandRunner.Run(context, language, $"sunes {Name}", () =>
        {
            if (string.IsNullOrWhiteSpace(output))
            {
                throw new UsageException(DocumentMessages.MissingOutput(language));
            }

            var compilation = Compilation.Parse(InputFiles.Load(paths, context.WorkingDirectory, language));
            if (compilation.HasErrors)
            {
                new TextDiagnosticFormatter().Write(compilation.Diagnostics, context.Error, language);
                return ExitCodes.TextErrors;
            }

            var programmes = ProgrammeChoice.Resolve(compilation, programme, language);
            var written = programmes.Count > 1
                ? programmes.SelectMany(each => WritePage(compilation, new RulesPageRequest(asOf, language, compare, each.Id), format, Path.Combine(output, each.Id), context, language)).ToList()
                : WritePage(compilation, new RulesPageRequest(asOf, language, compare, programmes.FirstOrDefault()?.Id), format, output, context, language);
            context.Out.WriteLine(DocumentMessages.Written(language, written));
            return ExitCodes.Success;
        });

    private static IReadOnlyList<string> WritePage(Compilation compilation, RulesPageRequest request, string format, string folder, CliContext context, MessageLanguage language)
    {
        var page = format == "md"
            ? (MarkdownFileName, RulesDocuments.Markdown(compilation, request))
            : (HtmlFileName, RulesDocuments.Html(compilation, request));
        return OutputFolder.Write(folder, context.WorkingDirectory, [page, (RulesDocuments.TimelineFileName, RulesDocuments.TimelineSvg(compilation, request))], language);
    }
}
