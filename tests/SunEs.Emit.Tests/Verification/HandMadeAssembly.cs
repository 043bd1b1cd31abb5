using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SunEs.Runtime;
using SunEs.Runtime.Verification;

namespace SunEs.Emit.Tests.Verification;

/// <summary>
/// Compiles C# written in a test into a DLL, the way someone handing an engine a rules file of
/// their own would: against the runtime contract and the whole framework the test runs on.
/// </summary>
internal static class HandMadeAssembly
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Framework = new(() =>
        (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList());

    /// <summary>The runtime contract and every framework assembly.</summary>
    public static IReadOnlyList<MetadataReference> References =>
        [MetadataReference.CreateFromFile(typeof(IProgrammeRules).Assembly.Location), .. Framework.Value];

    public static byte[] Compile(string source, bool allowUnsafe = false, string assemblyName = "HandMade.Rules")
    {
        var compilation = CSharpCompilation.Create(assemblyName,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview))],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: allowUnsafe, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, "The hand-made assembly does not compile:\n" + string.Join("\n", result.Diagnostics));

        // Whoever writes a DLL can stamp its checksum: the checksum tells damage, not trust, so the rules checks below must hold on their own.
        var bytes = image.ToArray();
        ImageChecksum.Stamp(bytes);
        return bytes;
    }

    /// <summary>A complete rules implementation whose evaluation runs <paramref name="statement"/> first.</summary>
    public static string RulesDoing(string statement, string usings = "", string members = "") => $$"""
        using System;
        {{usings}}
        using SunEs.Runtime;

        [assembly: ProgrammeRules(typeof(HandMade.Rules))]

        namespace HandMade
        {
            public sealed class Rules : IProgrammeRules
            {
                public ProgrammeInfo Programme => throw new NotSupportedException();

                public CandidacySchema Schema => throw new NotSupportedException();

                public Decision Evaluate(Candidacy candidacy, DateOnly asOf)
                {
                    {{statement}}
                    throw new NotSupportedException();
                }

                {{members}}
            }
        }
        """;
}
