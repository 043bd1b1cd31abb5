using SunEs.Runtime.Loading;

namespace SunEs.Cli.Tests.Build;

/// <summary>
/// <c>build -o</c> replaces only a folder that is provably a previous build, in one step, keeps a
/// symbolic link a link, cleans what killed builds left, and says so when it cannot.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class BuildFolderTests
{
    [Fact]
    public void A_folder_with_a_stray_manifest_and_the_sources_is_not_replaced()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(RepositoryRoot.Instructions))
        {
            folder.Write("P/instructions/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        folder.Write("P/" + BuildManifest.FileName, "{}");

        var result = CliRunner.Run(folder.Path, "build", "P/instructions", "-o", "P");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("le dossier « P » existe et n'est pas un build précédent", result.Error);
        Assert.Equal(4, Directory.GetFiles(Path.Combine(folder.Path, "P/instructions")).Length);
    }

    [Fact]
    public void A_previous_build_holding_a_file_its_manifest_does_not_list_is_not_replaced()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", Path.Combine(folder.Path, "out")).ExitCode);
        folder.Write("out/notes.txt", "à garder");

        var result = CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", Path.Combine(folder.Path, "out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("il contient « notes.txt », que son sunes-manifest.json ne liste pas", result.Error);
        Assert.True(File.Exists(Path.Combine(folder.Path, "out/notes.txt")));
    }

    [Fact]
    public void A_build_written_by_an_earlier_version_is_still_a_previous_build()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        Assert.Equal(0, CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", output).ExitCode);
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(output, BuildManifest.FileName)))!;
        manifest["formatVersion"] = 1;
        manifest["assemblies"]![0]!.AsObject().Remove("pdbSha256");
        File.WriteAllText(Path.Combine(output, BuildManifest.FileName), manifest.ToJsonString());

        var result = CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(BuildManifest.CurrentFormatVersion, BuildManifest.ReadFrom(output).FormatVersion);
    }

    [Fact]
    public void A_read_only_previous_build_is_refused_and_left_whole()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        Assert.Equal(0, CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", output).ExitCode);
        var before = Snapshot(output);
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var result = CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", output);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("est en lecture seule", result.Error);
            Assert.Equal(before, Snapshot(output));
            Assert.Equal(["out"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
        }
        finally
        {
            File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void An_output_that_is_a_link_stays_a_link_to_the_new_build()
    {
        using var folder = new TempFolder();
        var real = Path.Combine(folder.Path, "builds", "current");
        var link = Path.Combine(folder.Path, "out");
        Assert.Equal(0, CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", real).ExitCode);
        Directory.CreateSymbolicLink(link, real);
        File.SetLastWriteTimeUtc(Path.Combine(real, BuildManifest.FileName), new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(0, CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", link).ExitCode);

        Assert.Equal(real, new DirectoryInfo(link).LinkTarget);
        Assert.True(File.GetLastWriteTimeUtc(Path.Combine(real, BuildManifest.FileName)).Year > 2000);
        Assert.Equal(["current"], Directory.GetFileSystemEntries(Path.Combine(folder.Path, "builds")).Select(Path.GetFileName));
        using var loaded = SunEs.Runtime.LoadedProgrammeRules.FromBuildDirectory(link);
    }

    [Fact]
    public void Folders_left_by_killed_builds_are_removed_by_the_next_build_and_those_of_running_ones_kept()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        Assert.Equal(0, CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", output).ExitCode);
        var dead = int.MaxValue;
        folder.WriteBytes($".out.sunes-build-{dead}-0123/SunEs.Rules.SUNES.dll", [0x4D, 0x5A, 0x90]);
        folder.Write($".out.sunes-previous-{dead}-4567/{BuildManifest.FileName}", "{}");
        var running = folder.Write($".out.sunes-build-{Environment.ProcessId}-89ab/x", "x");

        Assert.Equal(0, CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", output).ExitCode);

        Assert.Equal([".out.sunes-build-" + Environment.ProcessId + "-89ab", "out"],
            Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(running));
    }

    [Fact]
    public async Task A_rebuild_never_leaves_a_moment_without_the_build_folder()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        var manifest = Path.Combine(output, BuildManifest.FileName);
        Assert.Equal(0, CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", output).ExitCode);
        using var stop = new CancellationTokenSource();
        var missing = 0;
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                missing += File.Exists(manifest) ? 0 : 1;
            }
        });

        for (var build = 0; build < 5; build++)
        {
            Assert.Equal(0, CliRunner.Run(RepositoryRoot.Path, "build", "instructions", "-o", output).ExitCode);
        }

        await stop.CancelAsync();
        await reader;
        Assert.Equal(0, missing);
    }

    [Fact]
    public void Two_folders_are_exchanged_in_one_step_on_this_file_system()
    {
        using var folder = new TempFolder();
        folder.Write("old/sunes-manifest.json", "ancien");
        folder.Write("new/sunes-manifest.json", "nouveau");

        Assert.True(SunEs.Cli.Build.FolderExchange.TryExchange(Path.Combine(folder.Path, "new"), Path.Combine(folder.Path, "old")));

        Assert.Equal("nouveau", File.ReadAllText(Path.Combine(folder.Path, "old/sunes-manifest.json")));
        Assert.Equal("ancien", File.ReadAllText(Path.Combine(folder.Path, "new/sunes-manifest.json")));
    }

    private static List<string> Snapshot(string folder) =>
        Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(file => $"{Path.GetFileName(file)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))}").ToList();
}
