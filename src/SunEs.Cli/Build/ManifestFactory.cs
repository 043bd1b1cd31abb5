using System.Security.Cryptography;
using System.Text;
using SunEs.Emit;
using SunEs.Runtime.Loading;
using SunEs.Semantics;

namespace SunEs.Cli.Build;

/// <summary>
/// Describes emitted assemblies in a <see cref="BuildManifest"/>: files and their hashes, programme,
/// and its source texts by their path from the build folder, so that nothing of the build machine's
/// folders is recorded and the build can move along with its sources.
/// </summary>
internal static class ManifestFactory
{
    /// <param name="buildFolder">The folder the manifest is written to (links followed): instruction paths are relative to it.</param>
    /// <param name="workingDirectory">What the source paths of the compilation are relative to.</param>
    public static BuildManifest Create(Compilation compilation, IReadOnlyList<RulesEmitResult> results, string buildFolder, string workingDirectory)
    {
        var assemblies = results.Select(result => new ManifestAssembly(
            result.AssemblyName + ".dll",
            result.AssemblyName + ".pdb",
            Sha256(result.Assembly!),
            Sha256(result.Pdb!),
            result.ProgrammeId!,
            Instructions(compilation, result.ProgrammeId!, buildFolder, workingDirectory))).ToList();
        return new BuildManifest(BuildManifest.CurrentFormatVersion, CompilerVersion.Current, assemblies);
    }

    /// <summary>The texts a programme's assembly is compiled from: those that belong to it.</summary>
    private static IReadOnlyList<ManifestInstruction> Instructions(Compilation compilation, string programme, string buildFolder, string workingDirectory) =>
        compilation.Instructions
            .Where(instruction => instruction.Programme?.Id == programme)
            .Select(instruction => new ManifestInstruction(
                instruction.Number,
                Path.GetRelativePath(buildFolder, Path.GetFullPath(instruction.Tree.Text.Path, workingDirectory)).Replace('\\', '/'),
                Sha256(Encoding.UTF8.GetBytes(instruction.Tree.Text.Content))))
            .ToList();

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
