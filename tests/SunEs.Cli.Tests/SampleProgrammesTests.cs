using SunEs.Runtime;
using SunEs.Runtime.Loading;

namespace SunEs.Cli.Tests;

/// <summary>
/// The SUN-ES corpus and the two sample programmes of samples/programmes (HOP'EN and CaRE, which
/// declare V1, D1, F1… too) in one run of each command: check clean, one assembly per programme,
/// every test green, one page per programme, and the outcomes of earlier windows read from columns.
/// </summary>
public sealed class SampleProgrammesTests
{
    private static readonly string[] Folders = ["instructions", "samples/programmes/hopen", "samples/programmes/care"];

    [Fact]
    public void The_corpus_and_both_samples_check_clean()
    {
        var result = CliRunner.InRepository(["check", .. Folders]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^0 erreur, 0 avertissement, \d+ informations?$", result.OutLines[^1]);
    }

    [Fact]
    public void Build_writes_one_assembly_per_programme_each_with_its_own_outcome_columns()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "build");

        var result = CliRunner.InRepository(["build", .. Folders, "-o", output]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("SunEs.Rules.HOPEN.dll : programme HOPEN, 1 instruction", result.Out, StringComparison.Ordinal);
        Assert.Contains("SunEs.Rules.SUNES.dll : programme SUNES, 4 instructions", result.Out, StringComparison.Ordinal);
        Assert.Contains("SunEs.Rules.CaRE.dll : programme CaRE, 2 instructions", result.Out, StringComparison.Ordinal);
        Assert.Equal(["HOPEN", "SUNES", "CaRE"], BuildManifest.ReadFrom(output).Assemblies.Select(assembly => assembly.Programme));
        Assert.Equal(["SunEs.Rules.CaRE.dll", "SunEs.Rules.HOPEN.dll", "SunEs.Rules.SUNES.dll"],
            Directory.GetFiles(output, "*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var hopen = LoadedProgrammeRules.FromBuildDirectory(output, "HOPEN");
        using var sunes = LoadedProgrammeRules.FromBuildDirectory(output, "SUNES");
        Assert.Equal(["P1.1", "P2.1", "P3.1"], hopen.Rules.Schema.Prerequisites.Select(prerequisite => prerequisite.Id));
        Assert.Equal(["D2.1 atteint en F1", "D1 financé en F1", "D2 financé en F1", "D3 financé en F1"], hopen.Rules.Schema.Outcomes.Select(outcome => outcome.Column));
        Assert.Empty(sunes.Rules.Schema.Outcomes);
    }

    [Fact]
    public void Test_runs_every_test_against_its_own_programme_all_green()
    {
        var result = CliRunner.InRepository(["test", .. Folders]);

        Assert.Equal(0, result.ExitCode);
        var hopen = result.OutLines.Where(line => line.StartsWith("samples/programmes/hopen/", StringComparison.Ordinal)).ToList();
        var care = result.OutLines.Where(line => line.StartsWith("samples/programmes/care/", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, hopen.Count);
        Assert.Equal(13, care.Count);
        Assert.All(hopen, line => Assert.Contains("): ok « HOP'EN", line, StringComparison.Ordinal));
        Assert.All(care, line => Assert.Contains("): ok « CaRE", line, StringComparison.Ordinal));
        Assert.Matches(@"^(\d+) tests : \1 réussis, 0 en échec$", result.OutLines[^1]);
    }

    [Fact]
    public void Doc_writes_one_page_per_programme_each_saying_the_samples_are_illustrative()
    {
        using var folder = new TempFolder();

        var result = CliRunner.InRepository(["doc", .. Folders, "--as-of", "2025-04-01", "-o", folder.Path]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["CaRE", "HOPEN", "SUNES"], Directory.GetDirectories(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var hopen = File.ReadAllText(Path.Combine(folder.Path, "HOPEN", "index.html"));
        var care = File.ReadAllText(Path.Combine(folder.Path, "CaRE", "index.html"));
        Assert.Contains("exemple illustratif", hopen, StringComparison.Ordinal);
        Assert.Contains("exemple illustratif", care, StringComparison.Ordinal);
        Assert.DoesNotContain("EXEMPLE/CARE", hopen, StringComparison.Ordinal);
        Assert.DoesNotContain("EXEMPLE/HOPEN", care, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_reads_the_outcomes_of_earlier_windows_from_their_columns_and_refuses_a_row_that_misses_one()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "build");
        Assert.Equal(0, CliRunner.InRepository(["build", .. Folders, "-o", output]).ExitCode);
        var input = folder.Write("hopen.csv", """
            établissement,fenêtre,domaines,P1.1,P2.1,P3.1,lits_places,cr_biologie,cr_biologie_dpi,activité_imagerie,D1 financé en F1
            750000028,F2,D1,oui,oui,oui,250,1000,800,non,oui
            750000036,F2,D1,oui,oui,oui,250,1000,800,non,non
            750000044,F2,D1,oui,oui,oui,250,1000,800,non,

            """);

        var result = CliRunner.Run(folder.Path, "evaluate", "--from", "build", "--programme", "HOPEN", "--input", input, "--as-of", "2021-06-01", "--format", "csv");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("2;750000028;F2;évaluée;oui;0.00;D1=inéligible 0.00;", result.Out, StringComparison.Ordinal);
        Assert.Contains("Résultats antérieurs lus : « D1 financé en F1 » oui.", result.Out, StringComparison.Ordinal);
        Assert.Contains("3;750000036;F2;évaluée;oui;100000.00;D1=financé 100000.00;", result.Out, StringComparison.Ordinal);
        Assert.Contains("(4): ligne refusée (établissement 750000044) : Il manque le résultat « D1 financé en F1 » (colonne « D1 financé en F1 ») : la règle « D1 déjà financé » (EXEMPLE/HOPEN/2019/01, ligne 26) le lit",
            result.Error, StringComparison.Ordinal);
    }
}
