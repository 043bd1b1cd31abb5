using SunEs.Runtime;
using SunEs.Semantics;

namespace SunEs.Interpretation.Tests.Support;

/// <summary>The SUN-ES corpus compiled once, both ways (see <see cref="RulesUnderTest"/>).</summary>
internal static class CorpusRules
{
    public static Compilation Compilation => RulesUnderTest.Sunes.Compilation;

    public static IProgrammeRules Compiled => RulesUnderTest.Sunes.Compiled;

    public static IProgrammeRules Interpreted => RulesUnderTest.Sunes.Interpreted;

    public static CorpusFacts Facts => RulesUnderTest.Sunes.Facts;
}
