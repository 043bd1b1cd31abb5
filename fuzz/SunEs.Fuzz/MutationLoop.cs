using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SunEs.Fuzz;

/// <summary>
/// Fuzzing without afl-fuzz: mutates the seed texts (byte flips, insertions and deletions of
/// bytes, words of the language and ranges of other seeds, truncations), runs each mutant in
/// process, and saves every input that throws, breaks an invariant or takes over a second, once
/// per distinct failure. Not coverage-guided: it is the fallback where AFL++ cannot be installed.
/// </summary>
internal static class MutationLoop
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    private static readonly string[] Dictionary =
    [
        "instruction ", "programme ", "volet ", "domaine ", "indicateur ", "fenêtre ", "cibles du volet ", "donnée ", "test ", "modifié ",
        "modifie ", "forfait = ", "taux = ", "bonus ", "si ", "alors ", "sinon ", "barème ", "jusqu'à ", "au-delà ", "\"", "«", "»", "/*", "*/",
        "//", "\n", "    ", "%", "€", "k€", "M€", "(", ")", ",", ":", "=", "/", "2021-07-26", "1er mars 2022", "12 000", "1,5", "\u202E", "\u200B", "\0",
    ];

    public static int Run(string seedsDirectory, string findingsDirectory, TimeSpan duration)
    {
        var seeds = Directory.GetFiles(seedsDirectory).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        if (seeds.Count == 0)
        {
            Console.Error.WriteLine($"no seed in {seedsDirectory}");
            return 2;
        }

        Directory.CreateDirectory(findingsDirectory);
        var random = new Random(0x5E5);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var nextReport = TimeSpan.FromSeconds(10);
        long executions = 0;
        var slowest = TimeSpan.Zero;
        while (clock.Elapsed < duration)
        {
            var input = Mutate(random, seeds);
            var (failure, elapsed) = Execute(input);
            executions++;
            slowest = elapsed > slowest ? elapsed : slowest;
            if (failure is not null && seen.Add(failure))
            {
                var path = Path.Combine(findingsDirectory, Convert.ToHexString(SHA256.HashData(input))[..16] + ".sunes");
                File.WriteAllBytes(path, input);
                Console.WriteLine($"finding: {failure} -> {path}");
            }

            if (clock.Elapsed >= nextReport)
            {
                Report(executions, clock.Elapsed, seen.Count, slowest);
                nextReport += TimeSpan.FromSeconds(10);
            }
        }

        Report(executions, clock.Elapsed, seen.Count, slowest);
        return seen.Count == 0 ? 0 : 1;
    }

    private static (string? Failure, TimeSpan Elapsed) Execute(byte[] input)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            FrontEndTarget.Run(Encoding.UTF8.GetString(input));
            return stopwatch.Elapsed > Slow ? ("slow input (over 1 s)", stopwatch.Elapsed) : (null, stopwatch.Elapsed);
        }
        catch (Exception exception)
        {
            var origin = exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty;
            return ($"{exception.GetType().Name}: {exception.Message.Split('\n')[0]} {origin}", stopwatch.Elapsed);
        }
    }

    private static byte[] Mutate(Random random, List<byte[]> seeds)
    {
        var bytes = new List<byte>(seeds[random.Next(seeds.Count)]);
        for (var edits = random.Next(1, 16); edits > 0; edits--)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(6))
            {
                case 0 when at < bytes.Count:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when at < bytes.Count:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Dictionary[random.Next(Dictionary.Length)]));
                    break;
                case 3:
                    var donor = seeds[random.Next(seeds.Count)];
                    var start = random.Next(donor.Length);
                    bytes.InsertRange(at, donor.Skip(start).Take(random.Next(1, 400)));
                    break;
                case 4 when at < bytes.Count && random.Next(8) == 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
            }
        }

        return [.. bytes];
    }

    private static void Report(long executions, TimeSpan elapsed, int findings, TimeSpan slowest) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{elapsed.TotalSeconds,6:0} s  {executions,9} executions  {executions / Math.Max(1, elapsed.TotalSeconds),7:0}/s  {findings} findings  slowest {slowest.TotalMilliseconds:0} ms"));
}
