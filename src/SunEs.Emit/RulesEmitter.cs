using System.Text;
using Microsoft.CodeAnalysis;
using SunEs.Diagnostics;
using SunEs.Emit.CodeGeneration;
using SunEs.Emit.Compiling;
using SunEs.Emit.Planning;
using SunEs.Semantics;
using Compilation = SunEs.Semantics.Compilation;
using R = SunEs.Runtime;

namespace SunEs.Emit;

/// <summary>
/// Compiles the rules of one programme, for every date an instruction starts to apply, into a
/// .NET assembly implementing <see cref="R.IProgrammeRules"/>: C# built with Roslyn's syntax
/// factory, compiled against the runtime contract and the framework reference assemblies only.
/// Two emits of the same texts give the same bytes.
/// </summary>
public static class RulesEmitter
{
    public static RulesEmitResult Emit(Compilation compilation, RulesEmitOptions? options = null) =>
        Emit(compilation, options ?? new RulesEmitOptions(), null);

    /// <summary>The C# the texts compile to, as checked into baselines; null when the texts cannot be emitted.</summary>
    public static string? GenerateSource(Compilation compilation, RulesEmitOptions? options = null)
    {
        var (plan, _, _) = Plan(compilation, options ?? new RulesEmitOptions());
        return plan is null ? null : GeneratedCodeWriter.Write(plan).ToFullString();
    }

    /// <summary><paramref name="references"/> replaces the usual references (tests use it to make the C# compiler fail).</summary>
    internal static RulesEmitResult Emit(Compilation compilation, RulesEmitOptions options, IEnumerable<MetadataReference>? references)
    {
        var (plan, assemblyName, problem) = Plan(compilation, options);
        if (plan is null)
        {
            return new RulesEmitResult(options.ProgrammeId, assemblyName, null, null, null, [problem!]);
        }

        var unit = GeneratedCodeWriter.Write(plan);
        var source = unit.ToFullString();
        var (assembly, pdb, diagnostics) = GeneratedAssemblyCompiler.Compile(unit, assemblyName, plan.Instructions.Select(instruction => instruction.Tree).ToList(),
            references ?? [MetadataReference.CreateFromFile(typeof(R.IProgrammeRules).Assembly.Location), .. FrameworkReferences.All]);
        return new RulesEmitResult(plan.Programme.Id, assemblyName, source, assembly, pdb, diagnostics);
    }

    private static (ProgrammePlan? Plan, string AssemblyName, EmitDiagnostic? Problem) Plan(Compilation compilation, RulesEmitOptions options)
    {
        var fallbackName = options.AssemblyName ?? AssemblyNameFor(options.ProgrammeId ?? "Programme");
        if (compilation.HasErrors)
        {
            var count = compilation.Diagnostics.Count(diagnostic => diagnostic.IsError);
            return (null, fallbackName, Problem(EmitDiagnosticKind.SourceHasErrors, "SUNEMIT01",
                new($"Les textes ont {count} erreur(s) : aucune règle n'est générée tant qu'elles ne sont pas corrigées.",
                    $"The texts have {count} error(s): no rules are generated until they are fixed.")));
        }

        var programmes = compilation.Programmes.ToList();
        var programme = options.ProgrammeId is { } id ? programmes.FirstOrDefault(candidate => candidate.Id == id) : programmes.Count == 1 ? programmes[0] : null;
        if (programme is null)
        {
            var known = string.Join(", ", programmes.Select(candidate => candidate.Id));
            return (null, fallbackName, Problem(EmitDiagnosticKind.ProgrammeNotFound, "SUNEMIT02",
                options.ProgrammeId is null
                    ? new($"Précisez le programme à générer parmi : {known}.", $"Name the programme to generate, one of: {known}.")
                    : new($"Aucun programme « {options.ProgrammeId} » dans les textes (programmes : {known}).", $"No programme '{options.ProgrammeId}' in the texts (programmes: {known}).")));
        }

        var assemblyName = options.AssemblyName ?? AssemblyNameFor(programme.Id);
        var plan = ProgrammePlan.Create(compilation, programme);
        if (plan.Epochs.Count == 0)
        {
            return (null, assemblyName, Problem(EmitDiagnosticKind.ProgrammeNeverInForce, "SUNEMIT03",
                new($"Le programme « {programme.Id} » n'est jamais en vigueur : aucune de ses instructions n'a de date d'application.",
                    $"Programme '{programme.Id}' is never in force: none of its instructions has an application date.")));
        }

        return (plan, assemblyName, null);
    }

    /// <summary>"SunEs.Rules." and the programme identifier's ASCII letters and digits: a file and assembly name, never code.</summary>
    private static string AssemblyNameFor(string programmeId)
    {
        var safe = new StringBuilder();
        foreach (var character in programmeId.Where(char.IsAsciiLetterOrDigit))
        {
            safe.Append(character);
        }

        return "SunEs.Rules." + (safe.Length > 0 ? safe.ToString() : "Programme");
    }

    private static EmitDiagnostic Problem(EmitDiagnosticKind kind, string code, LocalizedText message) =>
        new(kind, true, code, message, null, null, null, null);
}
