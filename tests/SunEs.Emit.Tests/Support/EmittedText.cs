using SunEs.Runtime;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Emit.Tests.Support;

/// <summary>A text written for a test, checked clean, emitted and loaded: the compilation and the loaded rules.</summary>
internal static class EmittedText
{
    public static (Compilation Compilation, LoadedProgrammeRules Loaded) Load(string path, string text)
    {
        var compilation = Compilation.Parse([new SourceText(path, text)]);
        Assert.False(compilation.HasErrors, string.Join(Environment.NewLine, compilation.Diagnostics));
        var result = RulesEmitter.Emit(compilation);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return (compilation, LoadedProgrammeRules.FromBytes(result.Assembly!, result.Pdb));
    }
}
