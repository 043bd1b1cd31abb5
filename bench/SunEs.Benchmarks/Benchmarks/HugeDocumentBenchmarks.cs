using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SunEs.Benchmarks.Workloads;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Server;
using SunEs.LanguageServer.Text;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// A 10 MB document open beside the corpus and being analysed again (each iteration changes it
/// and waits until its analysis has started): hover on a corpus file must still answer at once,
/// from the latest analysis, on the core the analysis leaves free.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 20)]
[ShortRun(iterations: 6)]
public class HugeDocumentBenchmarks : IQuickSetup
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _analysisStarted = new();
    private EditorSession _session = null!;
    private string _hugeUri = string.Empty;
    private int _hugeVersion = 1;
    private Position _edit = null!;
    private string _corpusUri = string.Empty;
    private Position _hover = null!;

    [GlobalSetup]
    public void Setup() => Open(SyntheticInstruction.Generate(190_000));

    /// <summary>A 20,000-line document instead: the quick run checks the scenario, not the size.</summary>
    public void QuickSetup() => Open(SyntheticInstruction.Generate(20_000));

    [GlobalCleanup]
    public void Cleanup() => _session.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Changes the huge document and waits until the analysis of that version has started.</summary>
    [IterationSetup]
    public void ChangeHugeDocument()
    {
        var version = ++_hugeVersion;
        _session.Change(_hugeUri, version, new LanguageServer.Protocol.Range(_edit, _edit with { Character = _edit.Character + 1 }), version % 2 == 0 ? "y" : "x");
        _session.Wait(Started(version).Task);
    }

    [Benchmark(Description = "hover on another document while a 10 MB one is analysed")]
    public int HoverOnAnotherDocument() => _session.Hover(_corpusUri, _hover)?.Contents.Value.Length ?? throw new InvalidOperationException("No hover on the corpus file.");

    private void Open(string huge)
    {
        var options = new ServerOptions
        {
            BeforeAnalysis = (snapshot, _) =>
            {
                if (snapshot.Find(_hugeUri)?.Version is { } version)
                {
                    Started(version).TrySetResult();
                }

                return Task.CompletedTask;
            },
        };
        _session = EditorSession.Start(Repository.InstructionsDirectory, options);
        var corpusFile = Repository.LargestCorpusFile();
        var corpusText = File.ReadAllText(corpusFile);
        _corpusUri = DocumentUris.FromPath(corpusFile);
        _hover = EditedDocument.PositionOf(corpusText, corpusText.IndexOf("fenêtres F", StringComparison.Ordinal) + "fenêtres ".Length);
        _hugeUri = DocumentUris.FromPath(Path.Combine(Path.GetTempPath(), "sunes-bench", "huge.sunes"));
        var text = huge + "// x\n";
        _edit = EditedDocument.PositionOf(text, text.Length - 2);
        _session.Open(_hugeUri, text);
    }

    private TaskCompletionSource Started(int version) =>
        _analysisStarted.GetOrAdd(version, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
