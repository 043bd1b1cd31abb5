using BenchmarkDotNet.Attributes;
using SunEs.Benchmarks.Workloads;
using SunEs.Emit;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>Parse + bind (with the diagnostics every check reports) and Roslyn emit of the corpus.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[ShortRun(iterations: 5)]
public class FrontEndBenchmarks
{
    private IReadOnlyList<SourceText> _corpus = [];
    private Compilation _corpusCompilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Repository.CorpusTexts();
        _corpusCompilation = Compilation.Parse(_corpus);
    }

    [Benchmark(Description = "parse+bind corpus")]
    public int CorpusParseAndBind() => Compilation.Parse(_corpus).Diagnostics.Count;

    [Benchmark(Description = "Roslyn emit corpus")]
    public int EmitCorpus() => RulesEmitter.Emit(_corpusCompilation).Assembly?.Length ?? throw new InvalidOperationException("The corpus did not emit.");
}
