using SunEs.Emit;
using SunEs.Emit.InFileTests;
using SunEs.Runtime;
using SunEs.Semantics;

namespace SunEs.Cli.Testing;

/// <summary>
/// Runs the tests written in the texts against the compiled assemblies: each programme's bytes
/// are loaded through the collectible loader, exactly as an engine loads a build, and unloaded
/// afterwards. A test goes to the programme whose candidacy schema knows its window.
/// </summary>
internal static class TestRun
{
    public static IReadOnlyList<InFileTestResult> Run(Compilation compilation, IReadOnlyList<RulesEmitResult> programmes)
    {
        var results = new List<InFileTestResult>();
        var pending = compilation.Tests.Where(test => test.IsComplete && test.AsOf is not null).ToList();
        foreach (var programme in programmes)
        {
            using var loaded = LoadedProgrammeRules.FromBytes(programme.Assembly!, programme.Pdb, programme.AssemblyName);
            var mine = pending.Where(test => loaded.Rules.Schema.FindWindow(test.Window!.Id) is not null).ToList();
            results.AddRange(mine.Select(test => InFileTestRunner.Run(test, loaded.Rules)));
            pending.RemoveAll(mine.Contains);
        }

        return results.OrderBy(result => result.Test.Location.Source.Path, StringComparer.Ordinal)
            .ThenBy(result => result.Test.Location.Span.Start)
            .ToList();
    }
}
