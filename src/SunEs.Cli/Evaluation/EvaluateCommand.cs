using System.CommandLine;
using Spectre.Console;
using SunEs.Cli.Show;
using SunEs.Diagnostics;
using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// <c>sunes evaluate (--assembly FILE | --from DIR) --input FILE [--as-of DATE] [--format table|json|csv] [-o FILE]</c>:
/// judges a batch of candidatures with compiled rules. Rows that cannot be evaluated are reported
/// with their line and reason while the others are evaluated; the exit code says whether any was refused.
/// </summary>
internal static class EvaluateCommand
{
    public const string Name = "evaluate";

    /// <summary>From this many rows on, an interactive terminal shows a progress bar.</summary>
    public const int LongBatch = 200;

    private static readonly IReadOnlyList<string> FormatNames = ["table", "json", "csv"];

    public static Command Create(CliContext context, MessageLanguage language, Option<string> languageOption)
    {
        var assembly = new Option<string>("--assembly")
        {
            Description = language.Pick("DLL de règles écrite par « sunes build ».", "Rules DLL written by 'sunes build'."),
            HelpName = language.Pick("FICHIER", "FILE"),
        };
        var from = new Option<string>("--from")
        {
            Description = language.Pick("Dossier écrit par « sunes build » (le SHA-256 de la DLL est vérifié).", "Folder written by 'sunes build' (the DLL's SHA-256 is checked)."),
            HelpName = language.Pick("DOSSIER", "FOLDER"),
        };
        var programme = new Option<string>("--programme")
        {
            Description = language.Pick("Programme à évaluer quand le build en contient plusieurs.", "Programme to evaluate when the build holds several."),
            HelpName = "ID",
        };
        var input = new Option<string>("--input")
        {
            Description = language.Pick("Candidatures à évaluer : fichier .csv ou .json (voir docs/evaluation.md).", "Candidatures to evaluate: a .csv or .json file (see docs/evaluation.md)."),
            HelpName = language.Pick("FICHIER", "FILE"),
            Required = true,
        };
        var asOf = CommandLineOptions.AsOf(language);
        asOf.Description = language.Pick("Date des règles à appliquer, AAAA-MM-JJ. Par défaut : aujourd'hui.", "Date of the rules to apply, YYYY-MM-DD. Default: today.");
        var format = new Option<string>("--format")
        {
            Description = language.Pick("Format de sortie : table (par défaut), json (décisions complètes) ou csv.", "Output format: table (default), json (full decisions) or csv."),
            HelpName = "table|json|csv",
        };
        format.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !FormatNames.Contains(value))
            {
                result.AddError(UsageMessages.InvalidChoice(language, "--format", value, FormatNames));
            }
        });
        var output = new Option<string>("--output", "-o")
        {
            Description = language.Pick("Fichier où écrire le résultat (écrit d'un coup). Par défaut : la sortie standard.", "File to write the result to (written at once). Default: standard output."),
            HelpName = language.Pick("FICHIER", "FILE"),
        };
        var command = new Command(Name, language.Pick(
            "Évalue un lot de candidatures avec des règles compilées. Code de sortie : 0 si toutes les lignes sont évaluées, 4 si des lignes sont refusées (signalées avec leur numéro, les autres sont évaluées), 2 si la commande, les règles ou le fichier d'entrée sont incorrects, 3 en cas d'erreur interne.",
            "Evaluates a batch of candidatures with compiled rules. Exit code: 0 when every row is evaluated, 4 when some rows are refused (reported with their line; the others are evaluated), 2 if the command, the rules or the input file are wrong, 3 on internal error."))
        {
            assembly, from, programme, input, asOf, format, output,
        };
        command.SetAction(parseResult => Run(context, CommandLineOptions.ParseLanguage(parseResult.GetValue(languageOption)), new EvaluateRequest(
            parseResult.GetValue(assembly),
            parseResult.GetValue(from),
            parseResult.GetValue(programme),
            parseResult.GetValue(input)!,
            parseResult.GetValue(asOf) ?? context.Today,
            parseResult.GetValue(format) switch { "json" => EvaluationFormat.Json, "csv" => EvaluationFormat.Csv, _ => EvaluationFormat.Table },
            parseResult.GetValue(output))));
        return command;
    }

    public static int Run(CliContext context, MessageLanguage language, EvaluateRequest request) =>
        CommandRunner.Run(context, language, $"sunes {Name}", () =>
        {
            CheckOutputIsNotInput(request, context, language);
            var batch = InputFileReader.Read(request.Input, context, language);
            using var loaded = RulesSource.Load(request.Assembly, request.BuildDirectory, request.Programme, context, language);
            CheckColumns(batch, loaded.Rules.Schema, request.Input, language);
            var outcomes = Evaluate(batch, loaded.Rules, request.AsOf, context, language);

            var text = new StringWriter();
            switch (request.Format)
            {
                case EvaluationFormat.Json:
                    JsonOutputWriter.Write(outcomes, request.AsOf, text, language);
                    break;
                case EvaluationFormat.Csv:
                    CsvOutputWriter.Write(outcomes, text, language);
                    break;
                default:
                    // Colours only when the table goes straight to a terminal, never into a file.
                    TableOutput.Write(outcomes, ConsoleFactory.Create(context with { Out = text, IsTerminal = context.IsTerminal && request.Output is null }), language);
                    break;
            }

            if (request.Output is { } outputPath)
            {
                AtomicFile.Write(Path.GetFullPath(outputPath, context.WorkingDirectory), outputPath, text.ToString(), language);
            }
            else
            {
                context.Out.Write(text.ToString());
            }

            var refused = outcomes.Where(outcome => outcome.Error is not null).ToList();
            foreach (var outcome in refused)
            {
                // One line per refused row, whatever the row holds: its values cannot forge other lines nor drive the terminal.
                context.Error.WriteLine(UntrustedText.Printable(
                    $"{request.Input}({outcome.Line}): {language.Pick("ligne refusée", "row refused")}{Establishment(outcome, language)}{language.Pick(" : ", ": ")}{outcome.Error!.In(language == MessageLanguage.English)}",
                    int.MaxValue));
            }

            var evaluated = outcomes.Count - refused.Count;
            context.Error.WriteLine(language.Pick(
                $"{language.Count(evaluated, "candidature évaluée", "candidatures évaluées", "candidature evaluated", "candidatures evaluated")}, {language.Count(refused.Count, "ligne refusée", "lignes refusées", "row refused", "rows refused")} (règles en vigueur au {request.AsOf:yyyy-MM-dd}).",
                $"{language.Count(evaluated, "candidature évaluée", "candidatures évaluées", "candidature evaluated", "candidatures evaluated")}, {language.Count(refused.Count, "ligne refusée", "lignes refusées", "row refused", "rows refused")} (rules in force on {request.AsOf:yyyy-MM-dd})."));
            return refused.Count > 0 ? ExitCodes.RowsRejected : ExitCodes.Success;
        });

    private static IReadOnlyList<RowOutcome> Evaluate(InputBatch batch, IProgrammeRules rules, DateOnly asOf, CliContext context, MessageLanguage language)
    {
        if (!context.ErrorIsTerminal || batch.Rows.Count < LongBatch)
        {
            return BatchEvaluator.Evaluate(batch, rules, asOf);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error), Interactive = InteractionSupport.Yes });
        return console.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask(language.Pick("Évaluation des candidatures", "Evaluating candidatures"), maxValue: batch.Rows.Count);
            return BatchEvaluator.Evaluate(batch, rules, asOf, () => task.Increment(1));
        });
    }

    /// <summary>Writing the result over the candidatures would lose them: refused before anything is read.</summary>
    private static void CheckOutputIsNotInput(EvaluateRequest request, CliContext context, MessageLanguage language)
    {
        if (request.Output is { } output
            && string.Equals(
                AtomicFile.FinalTarget(Path.GetFullPath(output, context.WorkingDirectory)),
                AtomicFile.FinalTarget(Path.GetFullPath(request.Input, context.WorkingDirectory)),
                OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            throw new UsageException(language.Pick(
                $"-o « {output} » est le fichier d'entrée : le résultat l'écraserait. Indiquez un autre fichier de sortie.",
                $"-o '{output}' is the input file: the result would overwrite it. Give another output file."));
        }
    }

    /// <summary>A CSV column that names nothing of the rules would refuse every row: it is a mistake in the file.</summary>
    private static void CheckColumns(InputBatch batch, CandidacySchema schema, string input, MessageLanguage language)
    {
        var unknown = (batch.RuleColumns ?? []).FirstOrDefault(column =>
            schema.FindPrerequisite(column) is null && schema.FindData(column) is null && schema.FindIndicator(column) is null);
        if (unknown is not null)
        {
            throw new UsageException(language.Pick(
                $"{input}({batch.HeaderLine}) : la colonne « {CellValues.Shown(unknown)} » n'est ni un prérequis, ni une donnée, ni un indicateur de ces règles (ni établissement, fenêtre, domaines, report, déposée_le, résultats_le, mesurée_du, mesurée_au ou territoire) : corrigez son nom ou retirez-la.",
                $"{input}({batch.HeaderLine}): column '{CellValues.Shown(unknown)}' is neither a prerequisite, a datum nor an indicator of these rules (nor establishment, window, domains, postponement, déposée_le, résultats_le, mesurée_du, mesurée_au or territoire): fix its name or remove it."));
        }
    }

    private static string Establishment(RowOutcome outcome, MessageLanguage language) =>
        outcome.Establishment is { Length: > 0 } establishment
            ? language.Pick($" (établissement {UntrustedText.Printable(establishment)})", $" (establishment {UntrustedText.Printable(establishment)})")
            : string.Empty;
}

/// <summary>The options of one <c>sunes evaluate</c> run.</summary>
internal sealed record EvaluateRequest(string? Assembly, string? BuildDirectory, string? Programme, string Input, DateOnly AsOf, EvaluationFormat Format, string? Output);
