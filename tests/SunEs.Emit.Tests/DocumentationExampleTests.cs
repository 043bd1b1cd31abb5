using SunEs.Diagnostics;
using SunEs.Emit.InFileTests;
using SunEs.Emit.Tests.Support;
using SunEs.Runtime;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Emit.Tests;

/// <summary>
/// Every code example of docs/langage.md compiles: whole texts together as a folder, excerpts in a
/// text that amends them, each without error or warning (or with exactly the diagnostic an example
/// is marked to show), and the tests they write pass against the compiled rules.
/// </summary>
public sealed class DocumentationExampleTests
{
    private static readonly Lazy<Compilation> Folder = new(() => Compilation.Parse(DocumentationExamples.Folder));

    public static TheoryData<int> ExampleLines => new(DocumentationExamples.All.Select(example => example.Line));

    [Fact]
    public void The_page_has_examples_of_every_kind()
    {
        var examples = DocumentationExamples.All;

        Assert.True(examples.Count >= 10, $"only {examples.Count} examples in {DocumentationExamples.Page}");
        Assert.Contains(examples, example => example.IsWholeText);
        Assert.Contains(examples, example => !example.IsWholeText);
        Assert.Contains(examples, example => example.ExpectedCode is not null);
    }

    [Fact]
    public void The_whole_texts_check_clean_together_and_their_tests_pass()
    {
        AssertClean(Folder.Value.Diagnostics);
        AssertTestsPass(Folder.Value, _ => true);
    }

    [Theory]
    [MemberData(nameof(ExampleLines))]
    public void Example_compiles(int line)
    {
        var example = DocumentationExamples.All.Single(candidate => candidate.Line == line);
        Assert.True(example.Info.Split(' ')[0] == "sunes",
            $"{DocumentationExamples.Page} l.{line}: a code block is a SunEs example, written ```sunes (or ```sunes SUNnnnn for one that shows a diagnostic), not ```{example.Info}");
        var text = DocumentationExamples.AsText(example, Folder.Value);
        var others = DocumentationExamples.Folder.Where(folderText => folderText.Path != text.Path);
        var compilation = Compilation.Parse([.. others, text]);

        if (example.ExpectedCode is { } code)
        {
            Assert.True(compilation.Diagnostics.Any(diagnostic => diagnostic.Code == code), $"l.{line} should report {code}:\n{Describe(compilation.Diagnostics)}");
            var unexpected = compilation.Diagnostics.Where(diagnostic => diagnostic.IsError && diagnostic.Code != code).ToList();
            Assert.True(unexpected.Count == 0, $"l.{line} reports more than {code}:\n{Describe(unexpected)}");
            return;
        }

        AssertClean(compilation.Diagnostics);
        AssertTestsPass(compilation, test => test.Location.Source == text);
    }

    /// <summary>No error and no warning; information (an unknown date, an amended text left unchanged) is what a page of excerpts gives.</summary>
    private static void AssertClean(IReadOnlyList<Diagnostic> diagnostics)
    {
        var problems = diagnostics.Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Information).ToList();
        Assert.True(problems.Count == 0, Describe(problems));
    }

    private static void AssertTestsPass(Compilation compilation, Func<BoundTest, bool> which)
    {
        foreach (var programme in compilation.Programmes.Where(programme => compilation.Tests.Any(test => test.Programme == programme && which(test))))
        {
            var emitted = RulesEmitter.Emit(compilation, new RulesEmitOptions { ProgrammeId = programme.Id });
            Assert.True(emitted.Success, string.Join('\n', emitted.Diagnostics));
            using var loaded = LoadedProgrammeRules.FromBytes(emitted.Assembly!, emitted.Pdb, emitted.AssemblyName);
            foreach (var result in InFileTestRunner.Run(compilation, loaded.Rules).Where(result => which(result.Test)))
            {
                Assert.True(result.Passed, $"{result.Test.Location}: « {result.Test.Name} » fails: "
                    + (result.Error?.FrenchMessage ?? string.Join("; ", result.Failures.Select(failure => failure.Message.French))));
            }
        }
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join('\n', diagnostics.Select(diagnostic => $"{diagnostic.Location}: {diagnostic.Code} {diagnostic.GetMessage(MessageLanguage.French)}"));
}
