using System.Security.Cryptography;
using System.Text;
using SunEs.Emit;
using SunEs.Runtime.Loading;
using SunEs.Semantics;

namespace SunEs.Cli.Build;

/// <summary>Describes emitted assemblies in a <see cref="BuildManifest"/>: files, hashes, programme and source texts.</summary>
internal static class ManifestFactory
{
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
        return new BuildManifest(BuildManifest.CurrentFormatVersion, CompilerVersion.Current, assemblies);
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
