using BenchmarkDotNet.Attributes;
using SunEs.Benchmarks.Workloads;
using SunEs.Emit;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>Parse + bind (with the diagnostics every check reports) of the corpus and of generated instructions of growing size, and Roslyn emit of the corpus.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class FrontEndBenchmarks
{
    private IReadOnlyList<SourceText> _corpus = [];
    private Compilation _corpusCompilation = null!;
    private SourceText _synthetic = null!;

    /// <summary>Lines of the generated instruction: the growth table.</summary>
    [Params(625, 1_250, 2_500, 5_000)]
    public int Lines { get; set; } = 5_000;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Repository.CorpusTexts();
        _corpusCompilation = Compilation.Parse(_corpus);
        _synthetic = new SourceText(SyntheticInstruction.Path, SyntheticInstruction.Generate(Lines));
    }

    [Benchmark(Description = "parse+bind corpus")]
    public int CorpusParseAndBind() => Compilation.Parse(_corpus).Diagnostics.Count;

    [Benchmark(Description = "parse+bind generated text")]
    public int SyntheticParseAndBind() => Compilation.Parse([_synthetic]).Diagnostics.Count;

    [Benchmark(Description = "Roslyn emit corpus")]
    public int EmitCorpus() => RulesEmitter.Emit(_corpusCompilation).Assembly?.Length ?? throw new InvalidOperationException("The corpus did not emit.");
}
