using System.Runtime.CompilerServices;
using SunEs.Emit.Tests.Support;
using SunEs.Runtime;

namespace SunEs.Emit.Tests;

/// <summary>Generated rules live in a collectible load context that shares the contract with the host and can be unloaded.</summary>
public sealed class LoaderTests
{
    [Fact]
    public void Unloading_releases_the_load_context()
    {
        var result = RulesEmitter.Emit(Corpus.Compile());

        var context = LoadEvaluateAndUnload(result.Assembly!, result.Pdb!);

        for (var attempt = 0; attempt < 20 && context.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive, "The rules load context is still alive after unloading.");
    }

    [Fact]
    public void Rules_saved_to_disk_load_from_the_file_with_their_pdb()
    {
        var result = RulesEmitter.Emit(Corpus.Compile());
        var directory = Directory.CreateTempSubdirectory("sunes-emit-");
        try
        {
            var dll = Path.Combine(directory.FullName, result.AssemblyName + ".dll");
            File.WriteAllBytes(dll, result.Assembly!);
            File.WriteAllBytes(Path.ChangeExtension(dll, ".pdb"), result.Pdb!);

            using var loaded = LoadedProgrammeRules.FromFile(dll);

            Assert.Equal("SUNES", loaded.Rules.Programme.Id);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Rules_are_unusable_after_unloading()
    {
        var result = RulesEmitter.Emit(Corpus.Compile());
        var loaded = LoadedProgrammeRules.FromBytes(result.Assembly!, result.Pdb);

        loaded.Unload();

        Assert.Throws<ObjectDisposedException>(() => loaded.Rules);
    }

    /// <summary>Kept out of line so no local of the caller holds the rules or their types.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadEvaluateAndUnload(byte[] assembly, byte[] pdb)
    {
        var loaded = LoadedProgrammeRules.FromBytes(assembly, pdb);
        var rules = loaded.Rules;
        var decision = rules.Evaluate(Candidacies.DischargeDocuments(rules).MeasureRate("DS1.3", 61m).Build(), new DateOnly(2023, 4, 1));
        Assert.Equal(99_000m, decision.Total);
        loaded.Unload();
        return loaded.Context;
    }
}
