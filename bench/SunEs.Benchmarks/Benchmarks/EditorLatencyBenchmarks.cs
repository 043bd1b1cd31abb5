using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SunEs.Benchmarks.Workloads;
using SunEs.LanguageServer.Text;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// Editor latency through the protocol, one keystroke per measured iteration so that P50 and
/// P95 are per-keystroke percentiles: from a change to the publication of its diagnostics (the
/// default 150 ms debounce included), and a completion sent right after a change (its analysis
/// still running). On a generated 5,000-line instruction alone, and on the largest corpus file
/// with the rest of the corpus in the workspace.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 5, iterationCount: 40)]
[ShortRun(iterations: 20, warmups: 2)]
public class EditorLatencyBenchmarks
{
    public const string LargestCorpusFile = "largest corpus file";
    public const string GeneratedText = "5,000-line text";

    private EditorSession _session = null!;
    private EditedDocument _document = null!;

    [Params(GeneratedText, LargestCorpusFile)]
    public string Document { get; set; } = LargestCorpusFile;

    [GlobalSetup]
    public void Setup()
    {
        if (Document == LargestCorpusFile)
        {
            var path = Repository.LargestCorpusFile();
            _session = EditorSession.Start(Repository.InstructionsDirectory);
            _document = new EditedDocument(_session, DocumentUris.FromPath(path), File.ReadAllText(path));
        }
        else
        {
            _session = EditorSession.Start(workspaceFolder: null);
            _document = new EditedDocument(_session, DocumentUris.FromPath(Path.Combine(Path.GetTempPath(), "sunes-bench", "bench.sunes")), SyntheticInstruction.Generate(5_000));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _session.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(CompletionAfterEdit))]
    public void Settle() => _document.Settle();

    [Benchmark(Description = "edit → diagnostics published")]
    public int DiagnosticsAfterEdit()
    {
        var version = _document.Edit();
        _session.Wait(_session.Published(_document.Uri, version));
        return version;
    }

    [Benchmark(Description = "completion right after an edit")]
    public int CompletionAfterEdit()
    {
        _document.Edit();
        return _session.Complete(_document.Uri, _document.CompletionPosition).Items.Count;
    }
}
