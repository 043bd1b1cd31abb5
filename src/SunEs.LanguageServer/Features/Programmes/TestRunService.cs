using SunEs.Emit.InFileTests;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Runtime;
using SunEs.Semantics;

namespace SunEs.LanguageServer.Features.Programmes;

/// <summary>
/// sunes/runTests: the tests written in a document, run against the rules of its programme
/// compiled in memory and loaded in a collectible context that is unloaded afterwards. Rules
/// that do not compile are an error of the request, naming the first error to fix.
/// </summary>
public static class TestRunService
{
    public static RunTestsResult RunTests(FeatureContext context)
    {
        var (compiled, emitted) = CompileService.Compile(context);
        if (!emitted.Success || emitted.Assembly is not { } assembly)
        {
            var first = compiled.Diagnostics.FirstOrDefault(diagnostic => diagnostic.Severity == LspDiagnosticSeverity.Error);
            var where = first is null ? string.Empty : $" {Path.GetFileName(first.Uri)}:{first.Range.Start.Line + 1}: {first.Message}";
            throw new LspException(LspErrorCodes.RequestFailed, context.T(
                $"Les tests ne peuvent pas être exécutés : les règles du programme « {compiled.Programme} » ne compilent pas.{where}",
                $"The tests cannot be run: the rules of programme '{compiled.Programme}' do not compile.{where}"));
        }

        var tests = context.Compilation.Tests
            .Where(test => test.Instruction.Tree == context.Tree && test.IsComplete && test.AsOf is not null && test.Programme?.Id == emitted.ProgrammeId)
            .ToList();
        var results = new List<TestRunResult>(tests.Count);
        using (var loaded = LoadedProgrammeRules.FromBytes(assembly, emitted.Pdb, emitted.AssemblyName))
        {
            foreach (var test in tests)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                results.Add(Run(context, test, loaded.Rules));
            }
        }

        var passed = results.Count(result => result.Passed);
        return new RunTestsResult(passed, results.Count - passed, results);
    }

    private static TestRunResult Run(FeatureContext context, BoundTest test, IProgrammeRules rules)
    {
        var range = PositionConverter.ToRange(test.Location);
        InFileTestResult outcome;
        try
        {
            outcome = InFileTestRunner.Run(test, rules);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            // The test asks for something compiled rules cannot be given yet (a duration datum…).
            return new TestRunResult(test.Name, context.Document.Uri, range, false, [])
            {
                Error = context.T($"Ce test ne peut pas être exécuté : {e.Message}", $"This test cannot be run: {e.Message}"),
            };
        }

        var failures = outcome.Failures
            .Select(failure => new TestFailure(PositionConverter.ToRange(failure.Expectation.Location), failure.Message.In(context.Language)))
            .ToList();
        return new TestRunResult(test.Name, context.Document.Uri, range, outcome.Passed, failures)
        {
            Error = outcome.Error is { } error ? context.T(error.FrenchMessage, error.EnglishMessage) : null,
        };
    }
}
