using System.Collections.Concurrent;
using SunEs.Emit.Tests.Support;
using SunEs.Semantics;
using Xunit.Abstractions;

namespace SunEs.Emit.Tests.Robustness;

/// <summary>
/// No text that checks clean may fail in the C# compiler: every mutant of the corpus that the
/// checker accepts without error is emitted and compiled with Roslyn, and must build. A failure
/// names the seed; <see cref="CorpusMutations.Make"/> makes the mutant again.
/// </summary>
public sealed class CheckedMutantsBuildTests(ITestOutputHelper output)
{
    private const int Mutants = 360;

    [Fact]
    public void Every_checked_clean_mutant_of_the_corpus_builds()
    {
        var corpus = Corpus.Texts();
        var built = new ConcurrentBag<int>();
        var failures = new ConcurrentBag<(int Seed, string Failure)>();
        Parallel.For(0, Mutants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, seed =>
        {
            var mutant = CorpusMutations.Make(seed, corpus);
            var compilation = Compilation.Parse(mutant.Texts);
            if (compilation.HasErrors)
            {
                return;
            }

            built.Add(seed);
            var errors = RulesEmitter.Emit(compilation).Diagnostics.Where(diagnostic => diagnostic.IsError).ToList();
            if (errors.Count > 0)
            {
                failures.Add((seed, $"seed {seed} ({mutant.Description}): " + string.Join("; ", errors.Take(3).Select(error => $"{error.Code} {error.Message.English}"))));
            }
        });

        output.WriteLine($"{built.Count} of {Mutants} mutants check clean and were built");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {built.Count} checked-clean mutants fail to build:\n"
            + string.Join("\n", failures.OrderBy(failure => failure.Seed).Select(failure => failure.Failure)));
        Assert.True(built.Count >= Mutants / 4, $"only {built.Count} of {Mutants} mutants check clean: the mutations no longer exercise the emitter");
    }
}
