using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace SunEs.Benchmarks.Workloads;

/// <summary>
/// The processor time the calling thread has used (Linux: CLOCK_THREAD_CPUTIME_ID). Unlike wall
/// time it barely moves with the machine's load, so growth ratios measured with it hold on a
/// shared machine. Samples are kept per benchmark case for the columns that report them.
/// </summary>
public static class ThreadCpuTime
{
    private const int ThreadClock = 3;

    private static readonly ConcurrentDictionary<string, ConcurrentBag<double>> Samples = new();

    /// <summary>True where the thread clock can be read.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    /// <summary>Runs <paramref name="work"/> and records the thread's processor time it took under <paramref name="key"/>.</summary>
    public static T Measure<T>(string key, Func<T> work)
    {
        var start = Now();
        var result = work();
        Samples.GetOrAdd(key, _ => []).Add((Now() - start).TotalMilliseconds);
        return result;
    }

    /// <summary>The median of the samples recorded under <paramref name="key"/>, in milliseconds; null when there are none.</summary>
    public static double? Median(string key)
    {
        if (!Samples.TryGetValue(key, out var bag) || bag.IsEmpty)
        {
            return null;
        }

        var sorted = bag.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static TimeSpan Now()
    {
        if (!IsAvailable || clock_gettime(ThreadClock, out var time) != 0)
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromSeconds(time.Seconds) + TimeSpan.FromTicks(time.Nanoseconds / 100);
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
