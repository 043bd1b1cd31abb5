using SunEs.Emit;
using SunEs.Emit.InFileTests;
using SunEs.Runtime;
using SunEs.Semantics;

namespace SunEs.Cli.Testing;

/// <summary>
/// Runs the tests written in the texts against the compiled assemblies: each programme's bytes
/// are loaded through the collectible loader, exactly as an engine loads a build, and unloaded
/// afterwards. Each test runs against its own programme.
/// </summary>
internal static class TestRun
{
    public static IReadOnlyList<InFileTestResult> Run(Compilation compilation, IReadOnlyList<RulesEmitResult> programmes)
    {
        var results = new List<InFileTestResult>();
        foreach (var programme in programmes)
        {
            using var loaded = LoadedProgrammeRules.FromBytes(programme.Assembly!, programme.Pdb, programme.AssemblyName);
            results.AddRange(InFileTestRunner.Run(compilation, loaded.Rules));
        }

        return results.OrderBy(result => result.Test.Location.Source.Path, StringComparer.Ordinal)
            .ThenBy(result => result.Test.Location.Span.Start)
            .ToList();
    }
}
