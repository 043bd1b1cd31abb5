using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using SunEs.Emit.CodeGeneration;
using SunEs.Runtime.Verification;
using LocalizedText = SunEs.Diagnostics.LocalizedText;

namespace SunEs.Emit.Compiling;

/// <summary>
/// Compiles the generated syntax tree as it is (it is never re-parsed) into a deterministic,
/// optimised DLL stamped with the compiler's version, with a portable PDB that embeds the programme's instruction texts, then has the DLL checked
/// by <see cref="AssemblyVerifier"/>. Any error is a SunEs bug: it comes back as a diagnostic
/// (located in the instruction through the #line mapping when the C# compiler reports it), and
/// no assembly is returned.
/// </summary>
internal static class GeneratedAssemblyCompiler
{
    public const string GeneratedFileName = "SunEs.Generated.cs";

    public static (byte[]? Assembly, byte[]? Pdb, IReadOnlyList<EmitDiagnostic> Diagnostics) Compile(
        CompilationUnitSyntax unit, string assemblyName, IReadOnlyList<SunEs.Syntax.SyntaxTree> sources, IEnumerable<MetadataReference> references)
    {
        var tree = CSharpSyntaxTree.Create(unit, new CSharpParseOptions(LanguageVersion.CSharp13), GeneratedFileName, Encoding.UTF8);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            deterministic: true,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false,
            generalDiagnosticOption: ReportDiagnostic.Default);
        var assemblyInfo = CSharpSyntaxTree.Create(AssemblyInfoWriter.Write(CompilerVersion.Current), new CSharpParseOptions(LanguageVersion.CSharp13),
            AssemblyInfoWriter.FileName, Encoding.UTF8);
        var compilation = CSharpCompilation.Create(assemblyName, [tree, assemblyInfo], references, options);

        using var assembly = new MemoryStream();
        using var pdb = new MemoryStream();
        var embedded = sources.Select(source => EmbeddedText.FromSource(source.Text.Path, Microsoft.CodeAnalysis.Text.SourceText.From(source.Text.Content, Encoding.UTF8)))
            .Append(EmbeddedText.FromSource(GeneratedFileName, tree.GetText()));
        var result = compilation.Emit(assembly, pdb,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: assemblyName + ".pdb"),
            embeddedTexts: embedded);

        var diagnostics = result.Diagnostics
            .Where(diagnostic => diagnostic.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Select(diagnostic => ToEmitDiagnostic(diagnostic, sources))
            .ToList();
        if (!result.Success || diagnostics.Any(diagnostic => diagnostic.IsError))
        {
            return (null, null, diagnostics);
        }

        var image = assembly.ToArray();
        ImageChecksum.Stamp(image);
        var verification = AssemblyVerifier.Verify(image);
        return verification.IsValid
            ? (image, pdb.ToArray(), diagnostics)
            : (null, null, [.. diagnostics, .. verification.Violations.Select(Refusal)]);
    }

    /// <summary>The generated code broke a rule of the verifier: a SunEs defect, reported as such, and nothing is written.</summary>
    private static EmitDiagnostic Refusal(VerificationViolation violation) =>
        new(EmitDiagnosticKind.AssemblyRefused, true, "SUNEMIT04",
            new LocalizedText($"L'assemblage généré est refusé par la vérification (défaut de SunEs, pas du texte) : {violation.Subject} : {violation.Message.French}",
                $"The generated assembly is refused by verification (a SunEs defect, not the text's): {violation.Subject}: {violation.Message.English}"),
            null, null, null, null);

    private static EmitDiagnostic ToEmitDiagnostic(Microsoft.CodeAnalysis.Diagnostic diagnostic, IReadOnlyList<SunEs.Syntax.SyntaxTree> sources)
    {
        var isError = diagnostic.Severity == DiagnosticSeverity.Error;
        var roslynMessage = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        var message = new LocalizedText(
            $"Le compilateur C# rejette le code généré (défaut de SunEs, pas du texte) : {diagnostic.Id} {roslynMessage}",
            $"The C# compiler rejects the generated code (a SunEs defect, not the text's): {diagnostic.Id} {roslynMessage}");
        if (!isError)
        {
            message = new LocalizedText($"Avertissement du compilateur C# sur le code généré : {diagnostic.Id} {roslynMessage}",
                $"C# compiler warning on the generated code: {diagnostic.Id} {roslynMessage}");
        }

        string? path = null;
        int? line = null;
        int? column = null;
        Text.Location? location = null;
        if (diagnostic.Location.IsInSource)
        {
            var mapped = diagnostic.Location.GetMappedLineSpan();
            (path, line, column) = (mapped.Path, mapped.StartLinePosition.Line + 1, mapped.StartLinePosition.Character + 1);
            if (mapped.HasMappedPath && sources.FirstOrDefault(source => source.Text.Path == mapped.Path) is { } source
                && mapped.StartLinePosition.Line < source.Text.LineCount)
            {
                location = new Text.Location(source.Text, source.Text.GetLineSpan(mapped.StartLinePosition.Line));
            }
        }

        return new EmitDiagnostic(isError ? EmitDiagnosticKind.GeneratedCodeRejected : EmitDiagnosticKind.GeneratedCodeWarning,
            isError, diagnostic.Id, message, location, path, line, column);
    }
}
