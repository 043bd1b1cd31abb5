using SunEs.Runtime;
using SunEs.Runtime.Loading;

namespace SunEs.Cli.Tests;

/// <summary>
/// A folder holding the SUN-ES corpus and a second programme (tests/fixtures/care, which declares
/// V1, D1, F1… too): every command treats each programme on its own.
/// </summary>
public sealed class TwoProgrammesTests(TwoProgrammesBuild built) : IClassFixture<TwoProgrammesBuild>
{
    public const string Care = "tests/fixtures/care";

    [Fact]
    public void The_folder_checks_clean()
    {
        var result = CliRunner.InRepository("check", "instructions", Care);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0 erreur, 0 avertissement, 15 informations", result.OutLines[^1]);
    }

    [Fact]
    public void Build_writes_one_assembly_per_programme_each_from_its_own_texts_and_the_same_bytes_as_alone()
    {
        using var folder = new TempFolder();
        var both = Path.Combine(folder.Path, "both");
        var alone = Path.Combine(folder.Path, "alone");

        var result = CliRunner.InRepository("build", "instructions", Care, "-o", both);
        Assert.Equal(0, CliRunner.InRepository("build", "instructions", "-o", alone).ExitCode);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("SunEs.Rules.SUNES.dll : programme SUNES, 4 instructions", result.Out, StringComparison.Ordinal);
        Assert.Contains("SunEs.Rules.CaRE.dll : programme CaRE, 2 instructions", result.Out, StringComparison.Ordinal);
        var manifest = BuildManifest.ReadFrom(both);
        Assert.Equal(["SUNES", "CaRE"], manifest.Assemblies.Select(assembly => assembly.Programme));
        Assert.Equal(["EXEMPLE/CARE/2024/01", "EXEMPLE/CARE/2025/03"], manifest.Assemblies[1].Instructions.Select(instruction => instruction.Id));
        Assert.Equal(File.ReadAllBytes(Path.Combine(alone, "SunEs.Rules.SUNES.dll")), File.ReadAllBytes(Path.Combine(both, "SunEs.Rules.SUNES.dll")));

        using var care = LoadedProgrammeRules.FromBuildDirectory(both, "CaRE");
        Assert.Equal(["F1", "F2"], care.Rules.Schema.Windows.Select(window => window.Id));
        Assert.Equal(["PR1"], care.Rules.Schema.Prerequisites.Select(prerequisite => prerequisite.Id));
        Assert.Equal(["D1", "D2"], care.Rules.Schema.Domains.Select(domain => domain.Id));
    }

    [Fact]
    public void Test_runs_each_test_against_its_own_programme()
    {
        var both = CliRunner.InRepository("test", "instructions", Care);
        var alone = CliRunner.InRepository("test", "instructions");

        Assert.Equal(0, both.ExitCode);
        var careLines = both.OutLines.Where(line => line.StartsWith(Care, StringComparison.Ordinal)).ToList();
        Assert.Equal(6, careLines.Count);
        Assert.All(careLines, line => Assert.Contains("): ok « CaRE", line, StringComparison.Ordinal));
        Assert.Equal(alone.OutLines[..^1], both.OutLines.Where(line => line.StartsWith("instructions/", StringComparison.Ordinal)));
        Assert.Matches(@"^(\d+) tests : \1 réussis, 0 en échec$", both.OutLines[^1]);
    }

    [Fact]
    public void Evaluate_asks_which_programme_of_a_build_that_holds_two_then_evaluates_the_one_named_refusing_an_unknown_category()
    {
        using var folder = new TempFolder();
        var input = folder.Write("care.csv", "établissement,fenêtre,domaines,PR1,forfait_exercice,catégorie,EX1.1\n750000101,F1,D1,oui,40000,ch,oui\n750000127,F1,D1,oui,40000,CHR,oui\n");

        var unnamed = CliRunner.Run(built.Parent, "evaluate", "--from", "build", "--input", input, "--as-of", "2024-07-01");
        var named = CliRunner.Run(built.Parent, "evaluate", "--from", "build", "--programme", "CaRE", "--input", input, "--as-of", "2024-07-01", "--format", "csv");
        var unknown = CliRunner.Run(built.Parent, "evaluate", "--from", "build", "--programme", "HOPEN", "--input", input, "--as-of", "2024-07-01");

        Assert.Equal(2, unnamed.ExitCode);
        Assert.Contains("« build » contient plusieurs programmes (CaRE, SUNES) : indiquez lequel évaluer avec --programme.", unnamed.Error, StringComparison.Ordinal);
        Assert.Equal(4, named.ExitCode);
        Assert.Contains("2;750000101;F1;évaluée;oui;40000.00;", named.Out, StringComparison.Ordinal);
        Assert.Contains("(3): ligne refusée (établissement 750000127) : La donnée « catégorie » vaut « CHR », qui n'est pas une de ses valeurs : « CH », « CHU », « ESPIC », « privé lucratif »", named.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("aucun programme « HOPEN » dans ce build (programmes : SUNES, CaRE)", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_refuses_a_programme_other_than_the_one_of_the_assembly()
    {
        using var folder = new TempFolder();
        var input = folder.Write("care.csv", "établissement,fenêtre,domaines\n750000101,F1,D1\n");

        var result = CliRunner.Run(built.Parent, "evaluate", "--assembly", "build/SunEs.Rules.CaRE.dll", "--programme", "SUNES", "--input", input);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("« build/SunEs.Rules.CaRE.dll » contient les règles du programme « CaRE », pas « SUNES »", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_writes_one_page_per_programme_or_the_page_of_the_one_named()
    {
        using var folder = new TempFolder();

        var every = CliRunner.InRepository("doc", "instructions", Care, "--as-of", "2025-04-01", "-o", Path.Combine(folder.Path, "all"));
        var one = CliRunner.InRepository("doc", "instructions", Care, "--as-of", "2025-04-01", "--programme", "CaRE", "-o", Path.Combine(folder.Path, "care"));
        var unknown = CliRunner.InRepository("doc", "instructions", Care, "--programme", "HOPEN", "-o", Path.Combine(folder.Path, "x"));

        Assert.Equal((0, 0), (every.ExitCode, one.ExitCode));
        Assert.Equal(["CaRE", "SUNES"], Directory.GetDirectories(Path.Combine(folder.Path, "all")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var carePage = File.ReadAllText(Path.Combine(folder.Path, "all", "CaRE", "index.html"));
        var sunesPage = File.ReadAllText(Path.Combine(folder.Path, "all", "SUNES", "index.html"));
        Assert.Contains("EXEMPLE/CARE/2024/01", carePage, StringComparison.Ordinal);
        Assert.DoesNotContain("DGOS/PF5/DNS/2023/28", carePage, StringComparison.Ordinal);
        Assert.DoesNotContain("PS3.2", carePage, StringComparison.Ordinal);
        Assert.DoesNotContain("EXEMPLE/CARE", sunesPage, StringComparison.Ordinal);
        Assert.DoesNotContain("PR1", sunesPage, StringComparison.Ordinal);
        Assert.Equal(carePage, File.ReadAllText(Path.Combine(folder.Path, "care", "index.html")));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("programme inconnu « HOPEN » : choisissez parmi CaRE, SUNES.", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_displays_each_programme_in_turn_with_only_its_windows()
    {
        var result = CliRunner.InRepository("show", "instructions", Care, "--as-of", "2025-04-01");
        var one = CliRunner.InRepository("show", "instructions", Care, "--as-of", "2025-04-01", "--programme", "CaRE");

        Assert.Equal((0, 0), (result.ExitCode, one.ExitCode));
        var care = result.Out.IndexOf("── Programme CaRE", StringComparison.Ordinal);
        var sunes = result.Out.IndexOf("── Programme SUNES", StringComparison.Ordinal);
        Assert.True(sunes >= 0 && care > sunes, result.Out);
        Assert.DoesNotContain("Fenêtre 2024", result.Out[..care], StringComparison.Ordinal);
        Assert.Contains("Fenêtre 2024", result.Out[care..], StringComparison.Ordinal);
        Assert.DoesNotContain("SUNES", one.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_names_each_rule_with_its_programme()
    {
        var result = CliRunner.InRepository("diff", "instructions", Care, "--from", "2024-05-01", "--to", "2025-04-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("CaRE.F2, jalon", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("SUNES.", result.Out, StringComparison.Ordinal);
    }
}

/// <summary>The SUN-ES corpus and the second programme built once into a temporary folder's build/, for the tests that evaluate with it.</summary>
public sealed class TwoProgrammesBuild : IDisposable
{
    private readonly TempFolder _folder = new();

    public TwoProgrammesBuild()
    {
        var result = CliRunner.InRepository("build", "instructions", TwoProgrammesTests.Care, "-o", Path.Combine(_folder.Path, "build"));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"sunes build failed ({result.ExitCode}): {result.Out}{result.Error}");
        }
    }

    /// <summary>The folder holding build/.</summary>
    public string Parent => _folder.Path;

    public void Dispose() => _folder.Dispose();
}
