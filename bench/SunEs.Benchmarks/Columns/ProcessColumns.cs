using System.Collections.Concurrent;
using BenchmarkDotNet.Running;
using SunEs.Benchmarks.Workloads;

namespace SunEs.Benchmarks.Columns;

/// <summary>
/// What the measured <c>sunes</c> processes of each case used, kept as they run: the largest peak
/// resident memory and the mean processor time, for the "Peak RSS" and "CPU / run" columns.
/// </summary>
/// <param name="caseOf">Names a case as its benchmark names it when it records a run.</param>
public sealed class ProcessColumns(Func<BenchmarkCase, string> caseOf)
{
    private readonly ConcurrentDictionary<string, long> _peakBytes = new();
    private readonly ConcurrentDictionary<string, (TimeSpan Total, int Runs)> _processorTimes = new();

    /// <summary>Records one run of the case named <paramref name="benchmarkCase"/>.</summary>
    public void Record(string benchmarkCase, SunesRun run)
    {
        _peakBytes.AddOrUpdate(benchmarkCase, run.PeakBytes, (_, before) => Math.Max(before, run.PeakBytes));
        _processorTimes.AddOrUpdate(benchmarkCase, (run.ProcessorTime, 1), (_, before) => (before.Total + run.ProcessorTime, before.Runs + 1));
    }

    public ComputedColumn PeakMemory => new("PeakRss", "Peak RSS", "Peak resident memory of the sunes process (VmHWM), the largest over the runs",
        (_, benchmarkCase) => _peakBytes.TryGetValue(caseOf(benchmarkCase), out var bytes) ? $"{bytes / (1024.0 * 1024.0):F0} MB" : "-");

    public ComputedColumn ProcessorTime => new("Cpu", "CPU / run", "User and system time of the sunes process, the mean over the runs (the last 10 ms may be missed)",
        (_, benchmarkCase) => _processorTimes.TryGetValue(caseOf(benchmarkCase), out var processor) ? $"{processor.Total.TotalSeconds / processor.Runs:F1} s" : "-");
}
