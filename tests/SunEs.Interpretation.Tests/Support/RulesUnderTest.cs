using SunEs.Runtime;
using SunEs.Semantics;

namespace SunEs.Interpretation.Tests.Support;

/// <summary>
/// Texts compiled once for the whole test assembly, both ways: emitted with Roslyn and loaded (a
/// few seconds), and interpreted. Both are read-only and safe to share between tests.
/// </summary>
internal sealed class RulesUnderTest
{
    private readonly Lazy<Compilation> _compilation;
    private readonly Lazy<LoadedProgrammeRules> _compiled;
    private readonly Lazy<InterpretedProgrammeRules> _interpreted;
    private readonly Lazy<CorpusFacts> _facts;

    private RulesUnderTest(Func<Compilation> compile)
    {
        _compilation = new(compile);
        _compiled = new(() => Corpus.EmitAndLoad(Compilation));
        _interpreted = new(() => InterpretedProgrammeRules.Create(Compilation));
        _facts = new(() => CorpusFacts.Of(Compilation, Interpreted.Schema));
    }

    /// <summary>The SUN-ES corpus of instructions/.</summary>
    public static RulesUnderTest Sunes { get; } = new(() => Corpus.Compile());

    /// <summary>The second programme of tests/fixtures/care: caps, min and max, a category, no degressivity.</summary>
    public static RulesUnderTest Care { get; } = new(() => Corpus.CompileFolder("tests/fixtures/care"));

    public Compilation Compilation => _compilation.Value;

    public IProgrammeRules Compiled => _compiled.Value.Rules;

    public IProgrammeRules Interpreted => _interpreted.Value;

    public CorpusFacts Facts => _facts.Value;
}
