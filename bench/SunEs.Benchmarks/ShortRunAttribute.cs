using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;

namespace SunEs.Benchmarks;

/// <summary>
/// How many iterations a benchmark class runs under <c>./bench.sh --short</c>: the same code and
/// strategy as the full run, fewer samples, so that every ratio of docs/benchmarks.md can be
/// checked again in a few minutes. Classes without it run one warm-up and three iterations.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShortRunAttribute(int iterations, int warmups = 1) : Attribute
{
    /// <summary>
    /// Set by <c>--short</c> before any class runs (benchmarks run in this process): parameters
    /// whose largest values only repeat a figure the smaller ones give read it to stay in minutes.
    /// </summary>
    public static bool IsActive { get; set; }

    public int Iterations { get; } = iterations;

    public int Warmups { get; } = warmups;

    /// <summary>The counts of <paramref name="type"/>'s short run, applied over its own job.</summary>
    public static Job MutatorFor(Type type, Job baseJob)
    {
        var counts = type.GetCustomAttributes(typeof(ShortRunAttribute), inherit: false).OfType<ShortRunAttribute>().FirstOrDefault() ?? new ShortRunAttribute(3);
        return baseJob.WithWarmupCount(counts.Warmups).WithIterationCount(counts.Iterations).WithIterationTime(TimeInterval.FromMilliseconds(250)).AsMutator();
    }
}
