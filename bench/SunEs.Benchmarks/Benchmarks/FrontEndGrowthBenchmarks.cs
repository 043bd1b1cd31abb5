using BenchmarkDotNet.Attributes;
using SunEs.Benchmarks.Workloads;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Benchmarks.Benchmarks;

/// <summary>
/// Parse + bind of a generated instruction from 1,000 to 32,000 lines, with and without one test
/// per domain: the growth column gives time(2n)/time(n), which linear work keeps near 2.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
[ShortRun(iterations: 5, warmups: 3)]
[Config(typeof(Columns.GrowthColumn.Config))]
public class FrontEndGrowthBenchmarks
{
    private SourceText _text = null!;

    [Params(1_000, 2_000, 4_000, 8_000, 16_000, 32_000)]
    public int Lines { get; set; } = 1_000;

    [Params(false, true)]
    public bool Tests { get; set; }

    /// <summary>Whether the process has analysed a text yet: the first case of a run otherwise timed the JIT's tiering of the whole front end.</summary>
    private static bool _frontEndJitted;

    [GlobalSetup]
    public void Setup()
    {
        _text = new SourceText(SyntheticInstruction.Path, SyntheticInstruction.Generate(Lines, Tests));
        if (!_frontEndJitted)
        {
            var warm = new SourceText(SyntheticInstruction.Path, SyntheticInstruction.Generate(2_000, tests: true));
            var until = DateTime.UtcNow.AddSeconds(2);
            while (DateTime.UtcNow < until)
            {
                Compilation.Parse([warm]);
            }

            _frontEndJitted = true;
        }
    }

    [Benchmark(Description = "parse+bind generated text")]
    public int ParseAndBind() => Compilation.Parse([_text]).Diagnostics.Count;
}
