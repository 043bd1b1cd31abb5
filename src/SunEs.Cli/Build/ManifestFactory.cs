using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using SunEs.Emit;
using SunEs.Runtime.Loading;
using SunEs.Semantics;

namespace SunEs.Cli.Build;

/// <summary>Describes emitted assemblies in a <see cref="BuildManifest"/>: files, hashes, programme and its source texts.</summary>
internal static class ManifestFactory
{
    /// <summary>The version of this tool, as recorded in manifests.</summary>
    public static string CompilerVersion { get; } =
        typeof(ManifestFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ManifestFactory).Assembly.GetName().Version?.ToString()
        ?? "0";

    public static BuildManifest Create(Compilation compilation, IReadOnlyList<RulesEmitResult> results)
    {
        var assemblies = results.Select(result => new ManifestAssembly(
            result.AssemblyName + ".dll",
            result.AssemblyName + ".pdb",
            Sha256(result.Assembly!),
            result.ProgrammeId!,
            Instructions(compilation, result.ProgrammeId!))).ToList();
        return new BuildManifest(BuildManifest.CurrentFormatVersion, CompilerVersion, assemblies);
    }

    /// <summary>The texts a programme's assembly is compiled from: those that belong to it.</summary>
    private static IReadOnlyList<ManifestInstruction> Instructions(Compilation compilation, string programme) =>
        compilation.Instructions
            .Where(instruction => instruction.Programme?.Id == programme)
            .Select(instruction => new ManifestInstruction(instruction.Number, instruction.Tree.Text.Path, Sha256(Encoding.UTF8.GetBytes(instruction.Tree.Text.Content))))
            .ToList();

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
