using System.CommandLine;
using SunEs.Cli.Compiling;
using SunEs.Cli.Diagnostics;
using SunEs.Cli.Input;
using SunEs.Diagnostics;
using SunEs.Semantics;

namespace SunEs.Cli.Testing;

/// <summary>
/// <c>sunes test [paths…] [--format text|json|junit]</c>: compiles the texts, loads the assemblies and runs
/// every test written in the texts against them.
/// </summary>
internal static class TestCommand
{
    public const string Name = "test";

    private static readonly IReadOnlyList<string> FormatNames = ["text", "json", "junit"];

    public static Command Create(CliContext context, MessageLanguage language, Option<string> languageOption)
    {
        var paths = CommandLineOptions.Paths(language);
        var format = new Option<string>("--format")
        {
            Description = language.Pick(
                "Format de sortie : text (une ligne par test, par défaut), json, ou junit (rapport XML JUnit pour les serveurs d'intégration continue).",
                "Output format: text (one line per test, default), json, or junit (JUnit XML report for CI servers)."),
            HelpName = "text|json|junit",
        };
        format.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !FormatNames.Contains(value))
            {
                result.AddError(UsageMessages.InvalidChoice(language, "--format", value, FormatNames));
            }
        });
        var command = new Command(Name, language.Pick(
            "Compile les textes et lance les tests qu'ils contiennent contre les assemblages compilés. Code de sortie : 0 si tous les tests passent, 1 si un test échoue ou si un texte a une erreur, 2 si la commande est mal formée, 3 en cas d'erreur interne.",
            "Compiles the texts and runs the tests they contain against the compiled assemblies. Exit code: 0 when every test passes, 1 if a test fails or a text has an error, 2 if the command is wrong, 3 on internal error."))
        {
            paths,
            format,
        };
        command.SetAction(parseResult => Run(context, CommandLineOptions.ParseLanguage(parseResult.GetValue(languageOption)),
            parseResult.GetValue(paths) ?? [], ParseFormat(parseResult.GetValue(format))));
        return command;
    }

    private static TestFormat ParseFormat(string? name) => name switch
    {
        "json" => TestFormat.Json,
        "junit" => TestFormat.JUnit,
        _ => TestFormat.Text,
    };

    public static int Run(CliContext context, MessageLanguage language, IReadOnlyList<string> paths, TestFormat format) =>
        CommandRunner.Run(context, language, $"sunes {Name}", () =>
        {
            var texts = InputFiles.Load(paths, context.WorkingDirectory, language);
            var compilation = Compilation.Parse(texts);
            if (compilation.HasErrors)
            {
                // Diagnostics go to the error stream so that a machine format keeps a clean standard output.
                new TextDiagnosticFormatter().Write(compilation.Diagnostics, format == TestFormat.Text ? context.Out : context.Error, language);
                return ExitCodes.TextErrors;
            }

            var programmes = ProgrammeEmits.EmitAll(compilation, context.Error, language);
            if (programmes is null)
            {
                return ExitCodes.InternalError;
            }

            var results = TestRun.Run(compilation, programmes);
            switch (format)
            {
                case TestFormat.Json:
                    TestReport.WriteJson(results, context.Out, language);
                    break;
                case TestFormat.JUnit:
                    JUnitReport.Write(results, context.Out, language);
                    break;
                default:
                    TestReport.WriteText(results, context.Out, language);
                    break;
            }

            return results.All(result => result.Passed) ? ExitCodes.Success : ExitCodes.TestsFailed;
        });
}
