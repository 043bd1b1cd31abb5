using System.Security.Cryptography;
using System.Text.Json;
using SunEs.Cli.Build;
using SunEs.Cli.Compiling;
using SunEs.Diagnostics;
using SunEs.Emit;
using SunEs.Runtime;
using SunEs.Runtime.Loading;
using SunEs.Text;

namespace SunEs.Cli.Tests;

public sealed class BuildCommandTests
{
    [Fact]
    public void The_corpus_builds_to_a_dll_a_pdb_and_a_manifest_that_describes_them()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");

        var result = CliRunner.InRepository("build", "instructions", "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["SunEs.Rules.SUNES.dll", "SunEs.Rules.SUNES.pdb", BuildManifest.FileName], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var manifest = BuildManifest.ReadFrom(output);
        var assembly = Assert.Single(manifest.Assemblies);
        Assert.Equal((2, "SUNES", "SunEs.Rules.SUNES.pdb"), (manifest.FormatVersion, assembly.Programme, assembly.Pdb));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(output, assembly.File)))), assembly.Sha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(output, assembly.Pdb)))), assembly.PdbSha256);
        Assert.Equal(["DGOS/PF5/DNS/CTO/2021/167", "DGOS/PF5/DNS/2022/40", "DGOS/PF5/DNS/2022/84", "DGOS/PF5/DNS/2023/28"], assembly.Instructions.Select(instruction => instruction.Id));
        Assert.Equal(Path.Combine(RepositoryRoot.Instructions, "2021-167.sunes"), Path.GetFullPath(Path.Combine(output, assembly.Instructions[0].File)));

        using var loaded = LoadedProgrammeRules.FromBuildDirectory(output);
        Assert.Equal("SUNES", loaded.Rules.Programme.Id);
        Assert.Equal(
            loaded.Rules.Programme.Instructions.Select(instruction => (instruction.Number, Path.GetFullPath(instruction.SourcePath, RepositoryRoot.Path), instruction.SourceSha256)),
            assembly.Instructions.Select(instruction => (instruction.Id, Path.GetFullPath(Path.Combine(output, instruction.File)), instruction.SourceSha256)));
        Assert.Contains("SunEs.Rules.SUNES.dll : programme SUNES, 4 instructions", result.Out);
    }

    [Fact]
    public void Building_again_replaces_the_previous_build_with_identical_bytes_and_leaves_no_temporary_folder()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        Assert.Equal(0, CliRunner.InRepository("build", "instructions", "-o", output).ExitCode);
        var first = Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        Assert.Equal(0, CliRunner.InRepository("build", "instructions", "-o", output).ExitCode);

        Assert.Equal(first, Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList());
        Assert.Equal(["out"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_text_with_an_error_prints_its_diagnostics_like_check_exits_1_and_writes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("bad.sunes", SampleTexts.UnknownWindow);

        var build = CliRunner.Run(folder.Path, "build", "bad.sunes", "-o", "out");
        var check = CliRunner.Run(folder.Path, "check", "bad.sunes");

        Assert.Equal(1, build.ExitCode);
        Assert.Equal(check.Out, build.Out);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")));
        Assert.Equal(["bad.sunes"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_that_is_not_a_build_is_never_replaced()
    {
        using var folder = new TempFolder();
        var keep = folder.Write("out/notes.txt", "à garder");

        var result = CliRunner.InRepository("build", "instructions", "-o", Path.GetDirectoryName(keep)!);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("n'est pas un build précédent", result.Error);
        Assert.Equal(["notes.txt"], Directory.GetFiles(Path.GetDirectoryName(keep)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_previous_build_whole_and_no_temporary_folder()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        Assert.Equal(0, CliRunner.InRepository("build", "instructions", "-o", output).ExitCode);
        var before = Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var error = new StringWriter();
        var context = new CliContext(new StringWriter(), error, RepositoryRoot.Path, CliRunner.DefaultToday);

        var exitCode = BuildCommand.Run(context, MessageLanguage.French, ["instructions"], output,
            file =>
            {
                if (file.EndsWith(".pdb", StringComparison.Ordinal))
                {
                    throw new IOException("disque plein.");
                }
            });

        Assert.Equal(2, exitCode);
        Assert.Contains("disque plein. Rien n'a été écrit", error.ToString());
        Assert.Equal(before, Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList());
        Assert.Equal(["out"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_dll_changed_after_the_build_is_refused_by_the_loader()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        Assert.Equal(0, CliRunner.InRepository("build", "instructions", "-o", output).ExitCode);
        var dll = Path.Combine(output, "SunEs.Rules.SUNES.dll");
        var bytes = File.ReadAllBytes(dll);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(dll, bytes);

        var exception = Assert.Throws<BuildDirectoryException>(() => LoadedProgrammeRules.FromBuildDirectory(output));

        Assert.Contains("n'est pas l'assemblage écrit par le build", exception.Text.French);
        Assert.Contains("is not the assembly the build wrote", exception.Text.English);
    }

    [Theory]
    [InlineData("{", "illisible")]
    [InlineData("{\"formatVersion\": 1, \"compiler\": \"x\", \"assemblies\": []}", "pas au format 2")]
    [InlineData("{\"formatVersion\": 2, \"compiler\": \"x\", \"assemblies\": [{\"file\": \"../x.dll\", \"pdb\": \"x.pdb\", \"sha256\": \"00\", \"pdbSha256\": \"00\", \"programme\": \"P\", \"instructions\": []}]}", "nom de fichier sans dossier")]
    [InlineData("{\"formatVersion\": 2, \"compiler\": \"x\", \"assemblies\": [{\"file\": \"x.dll\", \"pdb\": \"x.pdb\", \"sha256\": \"00\", \"programme\": \"P\", \"instructions\": []}]}", "pdbSha256")]
    public void A_broken_manifest_is_refused_with_a_clear_message(string json, string expected)
    {
        using var folder = new TempFolder();
        folder.Write(BuildManifest.FileName, json);

        var exception = Assert.Throws<BuildDirectoryException>(() => BuildManifest.ReadFrom(folder.Path));

        Assert.Contains(expected, exception.Text.French);
    }

    [Fact]
    public void The_manifest_is_the_json_of_the_contract()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        Assert.Equal(0, CliRunner.InRepository("build", "instructions", "-o", output).ExitCode);

        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, BuildManifest.FileName)));
        var root = document.RootElement;
        Assert.Equal(["formatVersion", "compiler", "assemblies"], root.EnumerateObject().Select(property => property.Name));
        var assembly = root.GetProperty("assemblies")[0];
        Assert.Equal(["file", "pdb", "sha256", "pdbSha256", "programme", "instructions"], assembly.EnumerateObject().Select(property => property.Name));
        Assert.Equal(["id", "file", "sourceSha256"], assembly.GetProperty("instructions")[0].EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public void A_rejection_of_the_generated_code_is_printed_at_the_instruction_line_it_comes_from()
    {
        var text = new SourceText("instructions/2023-28.sunes", "ligne 1\nligne 2\n");
        var diagnostic = new EmitDiagnostic(EmitDiagnosticKind.GeneratedCodeRejected, true, "CS0103",
            new LocalizedText("Le compilateur C# rejette le code généré (défaut de SunEs, pas du texte) : CS0103 …", "The C# compiler rejects the generated code (a SunEs defect, not the text's): CS0103 …"),
            new Location(text, new TextSpan(8, 7)), "instructions/2023-28.sunes", 2, 1);

        Assert.Equal("instructions/2023-28.sunes(2,1): error CS0103: Le compilateur C# rejette le code généré (défaut de SunEs, pas du texte) : CS0103 …",
            ProgrammeEmits.FormatLine(diagnostic, MessageLanguage.French));
    }

    [Fact]
    public void The_output_option_is_required()
    {
        var result = CliRunner.InRepository("build", "instructions");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--output", result.Error);
    }
}
