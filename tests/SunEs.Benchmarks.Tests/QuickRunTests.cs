using SunEs.Benchmarks;

namespace SunEs.Benchmarks.Tests;

/// <summary>The quick run of CI: every benchmark body runs once, for every parameter value. No timing is asserted.</summary>
public sealed class QuickRunTests
{
    public static TheoryData<string> Benchmarks() => [.. QuickRun.BenchmarkTypes.Select(type => type.Name)];

    [Theory]
    [MemberData(nameof(Benchmarks))]
    public void Every_body_runs_once(string benchmark)
    {
        var type = QuickRun.BenchmarkTypes.Single(candidate => candidate.Name == benchmark);
        var log = new StringWriter();

        var ran = QuickRun.Run(type, log);

        Assert.True(ran > 0, log.ToString());
    }

    [Fact]
    public void Every_benchmark_class_is_found()
    {
        Assert.Equal(
            ["BatchBenchmarks", "ColdBuildBenchmarks", "ColdCheckBenchmarks", "EditorLatencyBenchmarks", "EvaluationBenchmarks", "FrontEndBenchmarks", "FrontEndGrowthBenchmarks", "HugeDocumentBenchmarks",
                "LeanEvaluationBenchmarks", "PeerBenchmarks", "StreamingEvaluateBenchmarks"],
            QuickRun.BenchmarkTypes.Select(type => type.Name));
    }
}
