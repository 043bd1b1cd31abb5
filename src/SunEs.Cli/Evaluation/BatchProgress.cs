using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// What a long batch shows on the error stream while it runs, when that stream is a terminal: the
/// first reading (bytes, so its remaining time is known before the rows are), then the evaluation
/// and writing of each row, each with rows per second and the time left. Elsewhere (a file, a pipe,
/// a short batch) it shows nothing and only passes the refused rows' lines through.
/// </summary>
internal sealed class BatchProgress
{
    /// <summary>From this size on, an interactive terminal shows the progress (a few hundred rows).</summary>
    public const long LongBatchBytes = 64 * 1024;

    private const string RowsKey = "rows";
    private static readonly NumberFormatInfo FrenchNumbers = new() { NumberGroupSeparator = "\u00a0" };
    private const int RowsPerUpdate = 64;

    private readonly IAnsiConsole? _console;
    private readonly ProgressContext? _progress;
    private readonly TextWriter _error;
    private readonly MessageLanguage _language;
    private ProgressTask? _task;
    private long _rows;

    private BatchProgress(IAnsiConsole? console, ProgressContext? progress, TextWriter error, MessageLanguage language) =>
        (_console, _progress, _error, _language) = (console, progress, error, language);

    public static T Run<T>(CliContext context, MessageLanguage language, bool show, Func<BatchProgress, T> work)
    {
        if (!show || !context.ErrorIsTerminal)
        {
            return work(new BatchProgress(null, null, context.Error, language));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error), Interactive = InteractionSupport.Yes });
        return console.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RowsPerSecondColumn(language), new RemainingTimeColumn())
            .Start(progress => work(new BatchProgress(console, progress, context.Error, language)));
    }

    /// <summary>The first reading starts: <paramref name="bytes"/> to read, or null from a pipe.</summary>
    public void StartReading(long? bytes) => Start(_language.Pick("Lecture et contrôle des doublons", "Reading and checking duplicates"), bytes);

    /// <summary>A row was read; <paramref name="bytes"/> read so far.</summary>
    public void Read(long bytes) => Advance(bytes);

    public void StartEvaluating(long rows) => Start(_language.Pick("Évaluation et écriture", "Evaluating and writing"), rows);

    public void Evaluated() => Advance(_rows + 1);

    /// <summary>A line for the error stream (a refused row), above the progress when it shows.</summary>
    public void Report(string line)
    {
        if (_console is null)
        {
            _error.WriteLine(line);
        }
        else
        {
            _console.WriteLine(line);
        }
    }

    private void Start(string description, long? total)
    {
        _rows = 0;
        if (_progress is null)
        {
            return;
        }

        _task?.StopTask();
        _task = _progress.AddTask(description, maxValue: Math.Max(1, total ?? 1));
        _task.IsIndeterminate = total is null;
    }

    /// <summary>One more row done, now at <paramref name="value"/>: shown every few rows, so the display costs nothing next to the work.</summary>
    private void Advance(long value)
    {
        _rows++;
        if (_task is not null && _rows % RowsPerUpdate == 0)
        {
            _task.Value = value;
            _task.State.Update<double>(RowsKey, _ => _rows);
        }
    }

    /// <summary>Rows per second since the step started.</summary>
    private sealed class RowsPerSecondColumn(MessageLanguage language) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
            var rate = seconds > 0 ? task.State.Get<double>(RowsKey) / seconds : 0;
            return new Spectre.Console.Text(language.Pick(
                $"{rate.ToString("#,0", FrenchNumbers)} lignes/s",
                $"{rate.ToString("#,0", CultureInfo.InvariantCulture)} rows/s"));
        }
    }
}
