using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SunEs.Benchmarks.Workloads;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// Editor latency, one operation per measured iteration so that the P50 and P95 columns are
/// per-operation percentiles: diagnostics after an edit, and completion, on the largest corpus
/// file (with the rest of the corpus in the workspace) and on a generated 5,000-line instruction.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 10, iterationCount: 100)]
[MemoryDiagnoser]
public class EditorLatencyBenchmarks
{
    public const string LargestCorpusFile = "largest corpus file";
    public const string GeneratedText = "5,000-line text";

    private EditorSession _session = null!;

    [Params(LargestCorpusFile, GeneratedText)]
    public string Document { get; set; } = LargestCorpusFile;

    [GlobalSetup]
    public void Setup() => _session = Open(Document);

    [Benchmark(Description = "diagnostics after an edit")]
    public int DiagnosticsAfterEdit() => _session.EditAndDiagnose();

    [Benchmark(Description = "completion")]
    public int Completion() => _session.Complete();

    public static EditorSession Open(string document)
    {
        if (document == LargestCorpusFile)
        {
            var path = Repository.LargestCorpusFile();
            return new EditorSession(path, File.ReadAllText(path), Repository.InstructionsDirectory);
        }

        var synthetic = Path.Combine(Path.GetTempPath(), "sunes-bench", "bench.sunes");
        return new EditorSession(synthetic, SyntheticInstruction.Generate(5_000), workspaceFolder: null);
    }
}
