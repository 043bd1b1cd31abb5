using System.Diagnostics;
using System.Globalization;
using System.Text;
using SharpFuzz;
using SunEs.Fuzz;

// sunes-fuzz afl                                 one execution per input, driven by afl-fuzz
// sunes-fuzz instrument DLL…                     instruments SunEs assemblies in place for afl-fuzz
// sunes-fuzz loop SEEDS FINDINGS SECONDS         mutation loop of its own, without afl-fuzz
// sunes-fuzz replay FILE…                        runs saved inputs once each
return args switch
{
    ["afl"] => RunUnderAfl(),
    ["instrument", .. var paths] when paths.Length > 0 => Instrument(paths),
    ["loop", var seeds, var findings, var seconds] when int.TryParse(seconds, CultureInfo.InvariantCulture, out var duration) =>
        MutationLoop.Run(seeds, findings, TimeSpan.FromSeconds(duration)),
    ["replay", .. var files] when files.Length > 0 => Replay(files),
    _ => Usage(),
};

static int RunUnderAfl()
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        FrontEndTarget.Run(reader.ReadToEnd());
    });
    return 0;
}

static int Instrument(string[] paths)
{
    foreach (var path in paths)
    {
        var types = Fuzzer.Instrument(path, type => type.StartsWith("SunEs.", StringComparison.Ordinal), Options.Value);
        Console.WriteLine($"{path}: {types.Count()} types instrumented");
    }

    return 0;
}

static int Replay(string[] files)
{
    var failed = 0;
    foreach (var file in files)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            FrontEndTarget.Run(File.ReadAllText(file, Encoding.UTF8));
            Console.WriteLine($"ok     {stopwatch.ElapsedMilliseconds,6} ms  {file}");
        }
        catch (Exception exception)
        {
            failed++;
            Console.WriteLine($"FAILED {stopwatch.ElapsedMilliseconds,6} ms  {file}: {exception}");
        }
    }

    return failed == 0 ? 0 : 1;
}

static int Usage()
{
    Console.Error.WriteLine("usage: sunes-fuzz afl | instrument DLL… | loop SEEDS FINDINGS SECONDS | replay FILE…");
    return 2;
}
