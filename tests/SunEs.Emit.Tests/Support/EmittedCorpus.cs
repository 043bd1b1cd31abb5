using SunEs.Runtime;

namespace SunEs.Emit.Tests.Support;

/// <summary>The corpus emitted and loaded once for a test class: emitting runs the C# compiler, which takes a few seconds.</summary>
public sealed class EmittedCorpus : IDisposable
{
    public EmittedCorpus()
    {
        Result = RulesEmitter.Emit(Corpus.Compile());
        if (!Result.Success)
        {
            throw new InvalidOperationException("The corpus did not emit: " + string.Join(Environment.NewLine, Result.Diagnostics));
        }

        Loaded = LoadedProgrammeRules.FromBytes(Result.Assembly!, Result.Pdb, Result.AssemblyName);
    }

    public RulesEmitResult Result { get; }

    public LoadedProgrammeRules Loaded { get; }

    public IProgrammeRules Rules => Loaded.Rules;

    public void Dispose() => Loaded.Unload();
}
