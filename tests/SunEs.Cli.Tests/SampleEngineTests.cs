using System.Xml.Linq;
using SunEs.SampleEngine;

namespace SunEs.Cli.Tests;

/// <summary>The sample engine: fed by a fresh <c>sunes build</c>, it needs nothing but the runtime contract.</summary>
public sealed class SampleEngineTests(CorpusBuild build) : IClassFixture<CorpusBuild>
{
    private static string SampleFolder => Path.Combine(RepositoryRoot.Path, "samples", "SunEs.SampleEngine");

    [Fact]
    public void It_evaluates_the_hospitals_of_a_fresh_build_with_explanations_and_the_source_of_each_threshold()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = Engine.Run([build.Directory, Path.Combine(SampleFolder, "hospitals.csv"), "2023-04-01"], output, error);

        Assert.Equal((0, string.Empty), (exitCode, error.ToString()));
        var text = Spaces.Plain(output.ToString());
        Assert.StartsWith("Programme SUNES — règles en vigueur au 2023-04-01", text);
        Assert.Equal(20, text.Split('\n').Count(line => line.StartsWith("990000", StringComparison.Ordinal)));
        Assert.Contains("990000010 en F2 : recevable, total 172 800,00 €", text);
        Assert.Contains("Candidature de l'établissement 990000010 en F2, règles en vigueur au 2023-04-01", text);
        Assert.Contains("    DS1.1 mesuré 58 %, cible 55 % : atteinte — DGOS/PF5/DNS/2023/28 (instructions/2023-28.sunes:90)", text);
        Assert.Contains("    dégressivité 90 % en F2 — DGOS/PF5/DNS/CTO/2021/167 (instructions/2021-167.sunes:67)", text);
        Assert.Contains("    bonus DS1.3 10 800,00 € — DGOS/PF5/DNS/CTO/2021/167 (instructions/2021-167.sunes:87) [supposé : seed 004 ne dit pas", text);
        Assert.Contains("990000077 en F2 : irrecevable, total 0,00 €", text);
        Assert.Contains("  PS2.2 (V1) — règle : DGOS/PF5/DNS/CTO/2021/167", text);
        Assert.Contains("report vers F2, jalon 2023-03-31 — DGOS/PF5/DNS/CTO/2021/167 (instructions/2021-167.sunes:132) [supposé : seed 000 §2", text);
        Assert.Contains("D1 non financé : résultats transmis le 2023-04-03, après le jalon de F2 du 31 mars 2023 (DGOS/PF5/DNS/2023/28, ligne 35)", text);
        Assert.Contains("irrecevable — déposée le 2022-05-02, hors période de candidature de F2 du 1er mars 2022 au 30 avril 2022", text);
        Assert.Contains("irrecevable — établissement en Polynésie française, hors du champ territorial des règles (DGOS/PF5/DNS/2023/28, ligne 49)", text);
    }

    [Fact]
    public void It_refuses_a_folder_that_is_not_a_build()
    {
        using var folder = new TempFolder();
        var error = new StringWriter();

        var exitCode = Engine.Run([folder.Path, Path.Combine(SampleFolder, "hospitals.csv"), "2023-04-01"], new StringWriter(), error);

        Assert.Equal(2, exitCode);
        Assert.Contains("ce n'est pas un dossier écrit par « sunes build »", error.ToString());
    }

    [Fact]
    public void It_references_nothing_but_the_runtime_contract()
    {
        var references = typeof(Engine).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();
        Assert.Contains("SunEs.Runtime", references);
        Assert.All(references, name => Assert.True(name == "SunEs.Runtime" || name == "System" || name.StartsWith("System.", StringComparison.Ordinal), name));

        var project = XDocument.Load(Path.Combine(SampleFolder, "SunEs.SampleEngine.csproj"));
        Assert.Empty(project.Descendants("PackageReference"));
        Assert.Equal(["../../src/SunEs.Runtime/SunEs.Runtime.csproj"], project.Descendants("ProjectReference").Select(reference => reference.Attribute("Include")!.Value));
    }
}
