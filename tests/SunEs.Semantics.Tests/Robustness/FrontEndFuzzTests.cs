using System.Globalization;
using Xunit.Abstractions;

namespace SunEs.Semantics.Tests.Robustness;

/// <summary>
/// Thousands of broken texts through the whole front end: parse, bind, consolidate on two
/// dates, render every message in French and English. Nothing may throw or hang, every span
/// must lie within its text, and the work an input takes — the bytes it allocates per
/// character, which the machine's load does not move — must stay within a linear bound.
/// Inputs that fail are written to the temporary folder "sunes-fuzz" so they can be replayed.
/// </summary>
[Collection(nameof(FuzzCollection))]
public sealed class FrontEndFuzzTests(ITestOutputHelper output)
{
    /// <summary>Past this an input is taken as hung: the run stops instead of waiting for it.</summary>
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public void Front_end_survives_mutated_and_random_texts()
    {
        var failures = new List<string>();
        var heaviest = new List<(double BytesPerCharacter, string Description)>();
        var perFamily = new Dictionary<string, (int Count, long Allocated)>(StringComparer.Ordinal);
        var count = 0;

        foreach (var (family, input) in FuzzInputs.All())
        {
            count++;
            var outcome = FrontEndRunner.Run(input, HangTimeout);
            if (outcome is null)
            {
                failures.Add($"HANG (over {HangTimeout.TotalSeconds:0} s): {input.Description}{Saved(input)}");
                break;
            }

            var (familyCount, familyAllocated) = perFamily.GetValueOrDefault(family);
            perFamily[family] = (familyCount + 1, familyAllocated + outcome.Allocated);
            heaviest.Add((outcome.BytesPerCharacter, input.Description));
            if (!outcome.WithinLinearBound)
            {
                failures.Add($"MORE THAN LINEAR WORK ({outcome.Work}): {input.Description}{Saved(input)}");
            }

            if (outcome.Problems.Count > 0)
            {
                failures.Add($"{input.Description}{Saved(input)}\n    " + string.Join("\n    ", outcome.Problems.Take(5)));
            }
        }

        foreach (var (family, (familyCount, allocated)) in perFamily)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{family,-28} {familyCount,5} inputs {allocated / 1024.0 / 1024.0,9:0.0} MB allocated"));
        }

        output.WriteLine("heaviest inputs (bytes allocated per character):");
        foreach (var (bytesPerCharacter, description) in heaviest.OrderByDescending(entry => entry.BytesPerCharacter).Take(8))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytesPerCharacter,7:0}  {description}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} inputs run, {failures.Count} failures"));
        Assert.True(count >= 2_500, $"only {count} inputs were generated");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} inputs failed:\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void An_input_past_its_timeout_is_reported_as_hung_not_waited_for()
    {
        var input = new FuzzInput("a 1 MB line of additions", new FuzzFile("slow.sunes", "donnée x : entier\n" + string.Concat(Enumerable.Repeat("x + ", 1 << 18))));

        Assert.Null(FrontEndRunner.Run(input, TimeSpan.FromMilliseconds(1)));
        Assert.NotNull(FrontEndRunner.Run(new FuzzInput("empty", new FuzzFile("empty.sunes", string.Empty)), HangTimeout));
    }

    /// <summary>
    /// Writes the input's files in the temporary folder and says where: as raw UTF-16 (little
    /// endian, no BOM), since a mutated text may hold lone surrogates that UTF-8 cannot carry.
    /// </summary>
    private static string Saved(FuzzInput input)
    {
        try
        {
            var folder = Path.Combine(Path.GetTempPath(), "sunes-fuzz", string.Concat(input.Description.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')));
            Directory.CreateDirectory(folder);
            foreach (var file in input.Files)
            {
                File.WriteAllBytes(Path.Combine(folder, file.Name + ".utf16"), System.Runtime.InteropServices.MemoryMarshal.AsBytes(file.Text.AsSpan()).ToArray());
            }

            return $" [saved in {folder}]";
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}

[CollectionDefinition(nameof(FuzzCollection), DisableParallelization = true)]
public sealed class FuzzCollection;
