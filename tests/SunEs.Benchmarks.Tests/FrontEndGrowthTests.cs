using SunEs.Benchmarks.Workloads;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Benchmarks.Tests;

/// <summary>
/// The front end's work grows with the text, not with its square: the bytes that parse + bind
/// allocate (counted, not timed, so the machine's load does not matter) at most a little more
/// than double when the text doubles, with or without one test per domain. Work repeated per
/// test or per entity over the whole programme shows here as a ratio tending to 4.
/// </summary>
public sealed class FrontEndGrowthTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_and_bind_allocations_double_when_the_text_doubles(bool tests)
    {
        Allocated(SyntheticInstruction.Generate(500, tests));
        var small = SyntheticInstruction.Generate(4_000, tests);
        var large = SyntheticInstruction.Generate(8_000, tests);

        var ratio = (double)Allocated(large) / Allocated(small);

        Assert.InRange(SyntheticInstruction.CountLines(large) / (double)SyntheticInstruction.CountLines(small), 1.9, 2.1);
        Assert.InRange(ratio, 1.5, 2.2);
    }

    private static long Allocated(string text)
    {
        var source = new SourceText(SyntheticInstruction.Path, text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var compilation = Compilation.Parse([source]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.DoesNotContain(compilation.Diagnostics, diagnostic => diagnostic.IsError);
        return allocated;
    }
}
