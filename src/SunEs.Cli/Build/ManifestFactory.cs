using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using SunEs.Emit;
using SunEs.Runtime.Loading;
using SunEs.Semantics;

namespace SunEs.Cli.Build;

/// <summary>Describes emitted assemblies in a <see cref="BuildManifest"/>: files, hashes, programme and source texts.</summary>
internal static class ManifestFactory
{
    /// <summary>The version of this tool, as recorded in manifests.</summary>
    public static string CompilerVersion { get; } =
        typeof(ManifestFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ManifestFactory).Assembly.GetName().Version?.ToString()
        ?? "0";

    public static BuildManifest Create(Compilation compilation, IReadOnlyList<RulesEmitResult> results)
    {
        var instructions = compilation.Instructions
            .Select(instruction => new ManifestInstruction(instruction.Number, instruction.Tree.Text.Path, Sha256(Encoding.UTF8.GetBytes(instruction.Tree.Text.Content))))
            .ToList();
        var assemblies = results.Select(result => new ManifestAssembly(
            result.AssemblyName + ".dll",
            result.AssemblyName + ".pdb",
            Sha256(result.Assembly!),
            result.ProgrammeId!,
            instructions)).ToList();
        return new BuildManifest(BuildManifest.CurrentFormatVersion, CompilerVersion, assemblies);
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
