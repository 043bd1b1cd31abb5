using System.CommandLine;
using Spectre.Console;
using SunEs.Cli.Show;
using SunEs.Diagnostics;
using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// <c>sunes evaluate (--assembly FILE | --from DIR) --input FILE [--as-of DATE] [--format table|json|csv] [--explain none|short|full] [-o FILE]</c>:
/// judges a batch of candidatures with compiled rules, as a stream: the file is read a first time
/// to check it whole and find the rows of one establishment in one window, then a second time to
/// judge and write each row before reading the next, so memory does not grow with the batch. Rows
/// that cannot be evaluated are reported with their line and reason while the others are
/// evaluated; the exit code says whether any was refused.
/// </summary>
internal static class EvaluateCommand
{
    public const string Name = "evaluate";

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
        var format = CommandLineOptions.Choice("--format", FormatNames, language.Pick(
            "Format de sortie : table (par défaut), json (décisions complètes) ou csv.", "Output format: table (default), json (full decisions) or csv."), language);
        var explain = CommandLineOptions.Choice("--explain", Explanations.Names, language.Pick(
            "Explication de chaque décision : none (aucune, le plus rapide pour un lot national), short (ce qui a décidé) ou full (par défaut : avec les règles et les lignes des textes).",
            "Explanation of each decision: none (the fastest for a national batch), short (what decided) or full (default: with the rules and the lines of the texts)."), language);
        var output = new Option<string>("--output", "-o")
        {
            Description = language.Pick("Fichier où écrire le résultat (écrit d'un coup). Par défaut : la sortie standard.", "File to write the result to (written at once). Default: standard output."),
            HelpName = language.Pick("FICHIER", "FILE"),
        };
        var command = new Command(Name, language.Pick(
            "Évalue un lot de candidatures avec des règles compilées. Code de sortie : 0 si toutes les lignes sont évaluées, 4 si des lignes sont refusées (signalées avec leur numéro, les autres sont évaluées), 2 si la commande, les règles ou le fichier d'entrée sont incorrects, 3 en cas d'erreur interne.",
            "Evaluates a batch of candidatures with compiled rules. Exit code: 0 when every row is evaluated, 4 when some rows are refused (reported with their line; the others are evaluated), 2 if the command, the rules or the input file are wrong, 3 on internal error."))
        {
            assembly, from, programme, input, asOf, format, explain, output,
        };
        command.SetAction(parseResult => Run(context, CommandLineOptions.ParseLanguage(parseResult.GetValue(languageOption)), new EvaluateRequest(
            parseResult.GetValue(assembly),
            parseResult.GetValue(from),
            parseResult.GetValue(programme),
            parseResult.GetValue(input)!,
            parseResult.GetValue(asOf) ?? context.Today,
            parseResult.GetValue(format) switch { "json" => EvaluationFormat.Json, "csv" => EvaluationFormat.Csv, _ => EvaluationFormat.Table },
            Explanations.Parse(parseResult.GetValue(explain)),
            parseResult.GetValue(output))));
        return command;
    }

    public static int Run(CliContext context, MessageLanguage language, EvaluateRequest request) =>
        CommandRunner.Run(context, language, $"sunes {Name}", () =>
        {
            CheckOutputIsNotInput(request, context, language);
            using var file = CandidatureFile.Open(request.Input, context, language);
            using var loaded = RulesSource.Load(request.Assembly, request.BuildDirectory, request.Programme, context, language);
            var show = file.Length is not { } length || length >= BatchProgress.LongBatchBytes;
            var (evaluated, refused) = BatchProgress.Run(context, language, show, progress =>
            {
                var first = ReadFirst(file, loaded.Rules.Schema, request.Input, language, progress);
                return EvaluateAndWrite(file, first, loaded.Rules, request, context, language, progress);
            });

            context.Error.WriteLine(language.Pick(
                $"{language.Count(evaluated, "candidature évaluée", "candidatures évaluées", "candidature evaluated", "candidatures evaluated")}, {language.Count(refused, "ligne refusée", "lignes refusées", "row refused", "rows refused")} (règles en vigueur au {request.AsOf:yyyy-MM-dd}).",
                $"{language.Count(evaluated, "candidature évaluée", "candidatures évaluées", "candidature evaluated", "candidatures evaluated")}, {language.Count(refused, "ligne refusée", "lignes refusées", "row refused", "rows refused")} (rules in force on {request.AsOf:yyyy-MM-dd})."));
            return refused > 0 ? ExitCodes.RowsRejected : ExitCodes.Success;
        });

    /// <summary>The first reading: the whole file checked (encoding, header, columns), and each row's establishment and window kept.</summary>
    private static FirstReading ReadFirst(CandidatureFile file, CandidacySchema schema, string input, MessageLanguage language, BatchProgress progress)
    {
        var items = 0L;
        progress.StartReading(file.Length);
        var reading = file.ReadFirst();
        CheckColumns(reading, schema, input, language);
        var duplicates = new DuplicateIndex(schema);
        foreach (var item in reading.Items)
        {
            if (item.Row is { } row)
            {
                duplicates.Add(row);
            }

            items++;
            progress.Read(file.BytesRead);
        }

        return new FirstReading(duplicates, items);
    }

    /// <summary>
    /// The second reading: each row judged and written before the next is read, each refused row
    /// reported with its line as it comes. The output file is put in place only once the whole
    /// batch is written and the file is known not to have changed.
    /// </summary>
    private static (int Evaluated, int Refused) EvaluateAndWrite(CandidatureFile file, FirstReading first, IProgrammeRules rules, EvaluateRequest request,
        CliContext context, MessageLanguage language, BatchProgress progress)
    {
        using var outputFile = request.Output is { } outputPath ? AtomicFile.Create(Path.GetFullPath(outputPath, context.WorkingDirectory), outputPath, language) : null;
        var output = outputFile?.Writer ?? context.Out;
        var writer = Writer(request, output, context, language);
        using var disposable = writer as IDisposable;
        // Explanations read every part of a decision, and JSON writes them all: only a batch that reads neither judges lean.
        var detail = request.Format != EvaluationFormat.Json && request.Explanation == ExplanationLevel.None ? DecisionDetail.Lean : DecisionDetail.Full;
        var evaluator = new BatchEvaluator(rules, request.AsOf, detail, first.Duplicates, file.Changed);
        var (evaluated, refused) = (0, 0);
        progress.StartEvaluating(first.Items);
        foreach (var item in file.ReadSecond().Items)
        {
            var outcome = evaluator.Evaluate(item);
            writer.Write(outcome);
            if (outcome.Error is { } error)
            {
                refused++;
                // One line per refused row, whatever the row holds: its values cannot forge other lines nor drive the terminal.
                progress.Report(UntrustedText.Printable(
                    $"{request.Input}({outcome.Line}): {language.Pick("ligne refusée", "row refused")}{Establishment(outcome, language)}{language.Pick(" : ", ": ")}{error.In(language == MessageLanguage.English)}",
                    int.MaxValue));
            }
            else
            {
                evaluated++;
            }

            progress.Evaluated();
        }

        writer.Complete(evaluated, refused);
        file.CheckUnchanged(evaluated + refused, first.Items);
        outputFile?.Commit();
        return (evaluated, refused);
    }

    private static IOutcomeWriter Writer(EvaluateRequest request, TextWriter output, CliContext context, MessageLanguage language) => request.Format switch
    {
        EvaluationFormat.Json => new JsonOutputWriter(output, request.AsOf, language, request.Explanation),
        EvaluationFormat.Csv => new CsvOutputWriter(output, language, request.Explanation),
        // Colours only when the table goes straight to a terminal, never into a file.
        _ => new TableOutput(ConsoleFactory.Create(context with { Out = output, IsTerminal = context.IsTerminal && request.Output is null }), language, request.Explanation),
    };

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
    private static void CheckColumns(CandidatureReading reading, CandidacySchema schema, string input, MessageLanguage language)
    {
        var unknown = reading.RuleColumns.FirstOrDefault(column =>
            schema.FindPrerequisite(column) is null && schema.FindData(column) is null && schema.FindIndicator(column) is null && schema.FindOutcome(column) is null);
        if (unknown is not null)
        {
            throw new UsageException(language.Pick(
                $"{input}({reading.HeaderLine}) : la colonne « {CellValues.Shown(unknown)} » n'est ni un prérequis, ni une donnée, ni un indicateur, ni un résultat antérieur de ces règles (ni établissement, fenêtre, domaines, report, déposée_le, résultats_le, mesurée_du, mesurée_au ou territoire) : corrigez son nom ou retirez-la.",
                $"{input}({reading.HeaderLine}): column '{CellValues.Shown(unknown)}' is neither a prerequisite, a datum, an indicator nor an earlier outcome of these rules (nor establishment, window, domains, postponement, déposée_le, résultats_le, mesurée_du, mesurée_au or territoire): fix its name or remove it."));
        }
    }

    private static string Establishment(RowOutcome outcome, MessageLanguage language) =>
        outcome.Establishment is { Length: > 0 } establishment
            ? language.Pick($" (établissement {UntrustedText.Printable(establishment)})", $" (establishment {UntrustedText.Printable(establishment)})")
            : string.Empty;
}

/// <summary>What the first reading of a batch found: the rows sharing an establishment and a window, and how many candidatures (read or refused) it holds.</summary>
internal sealed record FirstReading(DuplicateIndex Duplicates, long Items);

/// <summary>The options of one <c>sunes evaluate</c> run.</summary>
internal sealed record EvaluateRequest(string? Assembly, string? BuildDirectory, string? Programme, string Input, DateOnly AsOf, EvaluationFormat Format,
    ExplanationLevel Explanation, string? Output);
