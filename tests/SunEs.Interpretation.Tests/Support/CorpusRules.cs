using SunEs.Runtime;
using SunEs.Semantics;

namespace SunEs.Interpretation.Tests.Support;

/// <summary>
/// The corpus compiled once for the whole test assembly, both ways: emitted with Roslyn and
/// loaded (a few seconds), and interpreted. Both are read-only and safe to share between tests.
/// </summary>
internal static class CorpusRules
{
    private static readonly Lazy<Compilation> LazyCompilation = new(() => Corpus.Compile());
    private static readonly Lazy<LoadedProgrammeRules> LazyCompiled = new(() => Corpus.EmitAndLoad(Compilation));
    private static readonly Lazy<InterpretedProgrammeRules> LazyInterpreted = new(() => InterpretedProgrammeRules.Create(Compilation));
    private static readonly Lazy<CorpusFacts> LazyFacts = new(() => CorpusFacts.Of(Compilation, Interpreted.Schema));

    public static Compilation Compilation => LazyCompilation.Value;

    public static IProgrammeRules Compiled => LazyCompiled.Value.Rules;

    public static IProgrammeRules Interpreted => LazyInterpreted.Value;

    public static CorpusFacts Facts => LazyFacts.Value;
}
