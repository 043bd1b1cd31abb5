using System.CommandLine;
using SunEs.Cli.Compiling;
using SunEs.Cli.Diagnostics;
using SunEs.Cli.Input;
using SunEs.Diagnostics;
using SunEs.Semantics;

namespace SunEs.Cli.Testing;

/// <summary>
/// <c>sunes test [paths…] [--format text|json]</c>: compiles the texts, loads the assemblies and runs
/// every test written in the texts against them.
/// </summary>
internal static class TestCommand
{
    public const string Name = "test";

    private static readonly IReadOnlyList<string> FormatNames = ["text", "json"];

    public static Command Create(CliContext context, MessageLanguage language, Option<string> languageOption)
    {
        var paths = CommandLineOptions.Paths(language);
        var format = CommandLineOptions.Choice("--format", FormatNames, language.Pick(
            "Format de sortie : text (une ligne par test, par défaut) ou json.",
            "Output format: text (one line per test, default) or json."), language);
        var command = new Command(Name, language.Pick(
            "Compile les textes et lance les tests qu'ils contiennent contre les assemblages compilés. Code de sortie : 0 si tous les tests passent, 1 si un test échoue ou si un texte a une erreur, 2 si la commande est mal formée, 3 en cas d'erreur interne.",
            "Compiles the texts and runs the tests they contain against the compiled assemblies. Exit code: 0 when every test passes, 1 if a test fails or a text has an error, 2 if the command is wrong, 3 on internal error."))
        {
            paths,
            format,
        };
        command.SetAction(parseResult => Run(context, CommandLineOptions.ParseLanguage(parseResult.GetValue(languageOption)),
            parseResult.GetValue(paths) ?? [], parseResult.GetValue(format) == "json" ? TestFormat.Json : TestFormat.Text));
        return command;
    }

    public static int Run(CliContext context, MessageLanguage language, IReadOnlyList<string> paths, TestFormat format) =>
        CommandRunner.Run(context, language, $"sunes {Name}", () =>
        {
            var texts = InputFiles.Load(paths, context.WorkingDirectory, language);
            var compilation = Compilation.Parse(texts);
            if (compilation.HasErrors)
            {
                // Diagnostics go to the error stream so that --format json keeps a clean standard output.
                new TextDiagnosticFormatter().Write(compilation.Diagnostics, format == TestFormat.Json ? context.Error : context.Out, language);
                return ExitCodes.TextErrors;
            }

            var programmes = ProgrammeEmits.EmitAll(compilation, context.Error, language);
            if (programmes is null)
            {
                return ExitCodes.InternalError;
            }

            var results = TestRun.Run(compilation, programmes);
            if (format == TestFormat.Json)
            {
                TestReport.WriteJson(results, context.Out, language);
            }
            else
            {
                TestReport.WriteText(results, context.Out, language);
            }

            return results.All(result => result.Passed) ? ExitCodes.Success : ExitCodes.TestsFailed;
        });
}
