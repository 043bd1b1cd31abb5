using System.Reflection;
using Microsoft.CodeAnalysis;
using SunEs.Emit.Tests.Support;
using SunEs.Runtime;

namespace SunEs.Emit.Tests;

/// <summary>The emitter itself: epochs, determinism, compiler failures, and what the contract assembly depends on.</summary>
public sealed class EmitTests
{
    [Fact]
    public void The_corpus_emits_one_epoch_per_application_date()
    {
        var result = RulesEmitter.Emit(Corpus.Compile());

        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("SunEs.Rules.SUNES", result.AssemblyName);
        using var loaded = LoadedProgrammeRules.FromBytes(result.Assembly!, result.Pdb);
        var programme = loaded.Rules.Programme;
        Assert.Equal("SUNES", programme.Id);
        Assert.Equal([new DateOnly(2021, 7, 26), new DateOnly(2022, 2, 9), new DateOnly(2022, 3, 29), new DateOnly(2023, 3, 21)],
            programme.Epochs.Select(epoch => epoch.StartsOn));
        Assert.Equal(new DateOnly(2023, 3, 31), programme.EpochAsOf(new DateOnly(2023, 4, 1))!.FindWindow("F2")!.Milestone);
        Assert.Equal(new DateOnly(2022, 12, 31), programme.EpochAsOf(new DateOnly(2023, 3, 20))!.FindWindow("F2")!.Milestone);
        var instruction = programme.Instructions.Single(candidate => candidate.Number == "DGOS/PF5/DNS/2023/28");
        Assert.Equal(("SPRH2306368J", new DateOnly(2023, 3, 21), 64), (instruction.Nor, instruction.AppliesFrom, instruction.SourceSha256.Length));
        Assert.Equal(["DGOS/PF5/DNS/CTO/2021/167", "DGOS/PF5/DNS/2022/40", "DGOS/PF5/DNS/2022/84"], instruction.Amends);
    }

    [Fact]
    public void The_assembly_is_stamped_with_the_version_of_SunEs_that_compiled_it()
    {
        var result = RulesEmitter.Emit(Corpus.Compile());

        using var loaded = LoadedProgrammeRules.FromBytes(result.Assembly!, result.Pdb);
        var stamp = loaded.Rules.GetType().Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == CompilerVersion.MetadataKey);
        Assert.Equal(CompilerVersion.Current, stamp.Value);
        Assert.Equal(typeof(RulesEmitter).Assembly.GetName().Version!.ToString(3), CompilerVersion.Current);
        Assert.DoesNotContain(CompilerVersion.Current, result.GeneratedSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_emits_of_the_same_texts_give_identical_bytes()
    {
        var first = RulesEmitter.Emit(Corpus.Compile());
        var second = RulesEmitter.Emit(Corpus.Compile());

        Assert.True(first.Success && second.Success);
        Assert.Equal(first.Assembly, second.Assembly);
        Assert.Equal(first.Pdb, second.Pdb);
        Assert.Equal(first.GeneratedSource, second.GeneratedSource);
    }

    [Fact]
    public void A_CSharp_compiler_error_comes_back_as_a_diagnostic_located_in_the_instruction_and_no_assembly()
    {
        // Without the framework, even "decimal" is unknown: the generated code cannot compile.
        var contractOnly = new[] { MetadataReference.CreateFromFile(typeof(IProgrammeRules).Assembly.Location) };

        var result = RulesEmitter.Emit(Corpus.Compile(), new RulesEmitOptions(), contractOnly);

        Assert.False(result.Success);
        Assert.Null(result.Assembly);
        Assert.Null(result.Pdb);
        Assert.NotNull(result.GeneratedSource);
        Assert.All(result.Diagnostics.Where(diagnostic => diagnostic.IsError), diagnostic => Assert.Equal(EmitDiagnosticKind.GeneratedCodeRejected, diagnostic.Kind));
        var located = result.Diagnostics.First(diagnostic => diagnostic.Location is not null);
        Assert.StartsWith("CS", located.Code, StringComparison.Ordinal);
        Assert.EndsWith(".sunes", located.Location!.Source.Path, StringComparison.Ordinal);
        Assert.Contains(located.Code, located.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_with_errors_are_not_emitted()
    {
        var broken = Semantics.Compilation.Parse([new Text.SourceText("broken.sunes", "instruction \"X/1\"\n    signée le 1er janvier 2024\nprogramme P\n    volet V\n        fenêtres W0\n")]);

        var result = RulesEmitter.Emit(broken);

        Assert.False(result.Success);
        Assert.Equal(EmitDiagnosticKind.SourceHasErrors, Assert.Single(result.Diagnostics).Kind);
        Assert.Null(result.GeneratedSource);
    }

    [Fact]
    public void The_contract_assembly_depends_on_no_compiler_assembly()
    {
        var references = typeof(IProgrammeRules).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("SunEs", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Antlr", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        var project = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "src", "SunEs.Runtime", "SunEs.Runtime.csproj"));
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
        Assert.DoesNotContain("PackageReference", project, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_assembly_references_only_the_contract_and_the_framework()
    {
        var result = RulesEmitter.Emit(Corpus.Compile());
        using var loaded = LoadedProgrammeRules.FromBytes(result.Assembly!, result.Pdb);

        var references = loaded.Rules.GetType().Assembly.GetReferencedAssemblies().Select(name => name.Name).ToList();

        // System.Runtime from the targeting pack; System.Private.CoreLib too where only the runtime's own assemblies exist.
        Assert.Contains("SunEs.Runtime", references);
        Assert.All(references, name => Assert.Contains(name, new[] { "SunEs.Runtime", "System.Runtime", "System.Private.CoreLib" }));
        Assert.Equal(typeof(IProgrammeRules).Assembly, loaded.Rules.GetType().GetInterfaces().Single().Assembly);
    }
}
