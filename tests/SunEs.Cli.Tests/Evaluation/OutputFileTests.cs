namespace SunEs.Cli.Tests.Evaluation;

/// <summary><c>evaluate -o</c> replaces a result file as it was — its permissions, its link — and never the candidatures it reads.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputFileTests(CorpusBuild build) : IClassFixture<CorpusBuild>
{
    [Fact]
    public void A_private_result_file_stays_private()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv(Batch.Row(Batch.Finess[0])));
        var result = folder.Write("result.csv", "ancien");
        File.SetUnixFileMode(result, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Equal(0, Batch.Evaluate(build, folder, "batch.csv", "-o", "result.csv").ExitCode);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(result));
        Assert.StartsWith("ligne;", File.ReadAllText(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_path_that_is_a_link_keeps_the_link_and_replaces_its_file()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv(Batch.Row(Batch.Finess[0])));
        var kept = folder.Write("results/latest.csv", "ancien");
        var link = Path.Combine(folder.Path, "result.csv");
        File.CreateSymbolicLink(link, kept);

        Assert.Equal(0, Batch.Evaluate(build, folder, "batch.csv", "-o", "result.csv").ExitCode);

        Assert.Equal(kept, new FileInfo(link).LinkTarget);
        Assert.StartsWith("ligne;", File.ReadAllText(kept), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("batch.csv")]
    [InlineData("./sub/../batch.csv")]
    [InlineData("link.csv")]
    public void The_input_file_is_never_overwritten_by_the_result(string output)
    {
        using var folder = new TempFolder();
        var input = folder.Write("batch.csv", Batch.Csv(Batch.Row(Batch.Finess[0])));
        Directory.CreateDirectory(Path.Combine(folder.Path, "sub"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link.csv"), input);
        var before = File.ReadAllText(input);

        var result = Batch.Evaluate(build, folder, "batch.csv", "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("est le fichier d'entrée : le résultat l'écraserait", result.Error);
        Assert.Equal(before, File.ReadAllText(input));
    }
}
