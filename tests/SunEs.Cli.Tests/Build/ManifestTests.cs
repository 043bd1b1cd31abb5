using System.Diagnostics;
using System.Text.Json.Nodes;
using SunEs.Runtime;
using SunEs.Runtime.Loading;
using SunEs.Runtime.Verification;

namespace SunEs.Cli.Tests.Build;

/// <summary>
/// The manifest covers the DLL and its PDB, names the sources relative to itself, and the loader
/// believes neither a DLL nor a manifest alone: a damaged or swapped file, a PDB that cannot be
/// read, or a manifest rewritten for another build's DLL is refused with the reason.
/// </summary>
public sealed class ManifestTests(CorpusBuild build) : IClassFixture<CorpusBuild>
{
    [Fact]
    public void Instruction_paths_are_relative_to_the_manifest_so_a_build_moves_with_its_sources()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(RepositoryRoot.Instructions))
        {
            folder.Write("projet/instructions/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        Assert.Equal(0, CliRunner.Run(folder.Path, "build", Path.Combine(folder.Path, "projet/instructions"), "-o", Path.Combine(folder.Path, "projet/out")).ExitCode);
        Directory.Move(Path.Combine(folder.Path, "projet"), Path.Combine(folder.Path, "ailleurs"));

        var moved = Path.Combine(folder.Path, "ailleurs/out");
        var manifest = BuildManifest.ReadFrom(moved);
        var instructions = Assert.Single(manifest.Assemblies).Instructions;
        Assert.Equal("../instructions/2021-167.sunes", instructions[0].File);
        Assert.DoesNotContain(folder.Path, File.ReadAllText(Path.Combine(moved, BuildManifest.FileName)));
        Assert.All(instructions, instruction => Assert.True(File.Exists(Path.Combine(moved, instruction.File))));
        using var loaded = LoadedProgrammeRules.FromBuildDirectory(moved);
    }

    [Fact]
    public void Every_single_bit_flip_of_the_dll_is_refused_by_evaluate_assembly()
    {
        using var folder = Built(out var output);
        var dll = Path.Combine(output, "SunEs.Rules.SUNES.dll");
        var original = File.ReadAllBytes(dll);
        folder.Write("batch.csv", "établissement;fenêtre;domaines\n750000010;F2;D1\n");
        var random = new Random(16);

        for (var flip = 0; flip < 40; flip++)
        {
            var bytes = (byte[])original.Clone();
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
            File.WriteAllBytes(dll, bytes);

            var result = CliRunner.Run(folder.Path, "evaluate", "--assembly", dll, "--input", "batch.csv", "--as-of", "2023-04-01");

            Assert.True(result.ExitCode == 2 && result.Error.Contains("n'est pas l'assemblage écrit par le build", StringComparison.Ordinal),
                $"flip {flip}: exit {result.ExitCode}: {result.Error}");
        }
    }

    [Fact]
    public void A_damaged_image_is_refused_by_the_loader_never_thrown_at_its_caller()
    {
        var image = File.ReadAllBytes(build.Dll);
        var random = new Random(6);

        for (var flip = 0; flip < 40; flip++)
        {
            var bytes = (byte[])image.Clone();
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
            try
            {
                using var loaded = LoadedProgrammeRules.FromBytes(bytes);
            }
            catch (AssemblyRefusedException)
            {
                // Refused with its reasons: what the loader promises.
            }
        }
    }

    [Fact]
    public void A_dll_without_its_manifest_is_refused_by_evaluate()
    {
        using var folder = Built(out var output);
        File.Delete(Path.Combine(output, BuildManifest.FileName));
        folder.Write("batch.csv", "établissement;fenêtre;domaines\n750000010;F2;D1\n");

        var result = CliRunner.Run(folder.Path, "evaluate", "--assembly", Path.Combine(output, "SunEs.Rules.SUNES.dll"), "--input", "batch.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("n'a pas de sunes-manifest.json à côté", result.Error);
    }

    [Fact]
    public void Another_builds_dll_with_a_manifest_forged_to_its_hash_is_refused_by_its_source_hashes()
    {
        using var folder = Built(out var output);
        var other = Path.Combine(folder.Path, "other");
        foreach (var file in Directory.GetFiles(RepositoryRoot.Instructions))
        {
            var text = File.ReadAllText(file);
            folder.Write("changed/" + Path.GetFileName(file), file.EndsWith("2023-28.sunes", StringComparison.Ordinal) ? text.Replace("49 %", "1 %", StringComparison.Ordinal) : text);
        }

        Assert.Equal(0, CliRunner.Run(folder.Path, "build", "changed", "-o", other).ExitCode);
        foreach (var file in new[] { "SunEs.Rules.SUNES.dll", "SunEs.Rules.SUNES.pdb" })
        {
            File.Copy(Path.Combine(other, file), Path.Combine(output, file), overwrite: true);
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(output, BuildManifest.FileName)))!;
        var forged = JsonNode.Parse(File.ReadAllText(Path.Combine(other, BuildManifest.FileName)))!;
        manifest["assemblies"]![0]!["sha256"] = forged["assemblies"]![0]!["sha256"]!.GetValue<string>();
        manifest["assemblies"]![0]!["pdbSha256"] = forged["assemblies"]![0]!["pdbSha256"]!.GetValue<string>();
        File.WriteAllText(Path.Combine(output, BuildManifest.FileName), manifest.ToJsonString());

        var exception = Assert.Throws<BuildDirectoryException>(() => LoadedProgrammeRules.FromBuildDirectory(output));

        Assert.Contains("ne correspond pas à son manifeste (l'instruction DGOS/PF5/DNS/2023/28 n'a pas le même texte", exception.Text.French);
    }

    [Theory]
    [InlineData("changed")]
    [InlineData("folder")]
    [InlineData("missing")]
    [InlineData("pipe")]
    public async Task A_pdb_that_is_not_the_one_built_is_refused_at_once(string damage)
    {
        using var folder = Built(out var output);
        var pdb = Path.Combine(output, "SunEs.Rules.SUNES.pdb");
        switch (damage)
        {
            case "changed":
                var bytes = File.ReadAllBytes(pdb);
                bytes[^1] ^= 1;
                File.WriteAllBytes(pdb, bytes);
                break;
            case "folder":
                File.Delete(pdb);
                Directory.CreateDirectory(pdb);
                break;
            case "missing":
                File.Delete(pdb);
                break;
            default:
                File.Delete(pdb);
                using (var mkfifo = Process.Start("mkfifo", pdb))
                {
                    mkfifo.WaitForExit();
                }

                break;
        }

        var refused = await Task.Run(() => Assert.Throws<BuildDirectoryException>(() => LoadedProgrammeRules.FromBuildDirectory(output)))
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("SunEs.Rules.SUNES.pdb", refused.Text.French);
    }

    private static TempFolder Built(out string output)
    {
        var folder = new TempFolder();
        output = Path.Combine(folder.Path, "out");
        var result = CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", output);
        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        return folder;
    }
}
