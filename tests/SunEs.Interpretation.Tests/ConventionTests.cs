using SunEs.Interpretation.Tests.Support;
using SunEs.Runtime;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Interpretation.Tests;

/// <summary>
/// A window whose candidacy runs into its measurement period: a convention the text waives. The
/// texts compile (the check is a warning, silenced by the waiver) and both the assembly and the
/// interpreter judge candidacies in that window alike.
/// </summary>
public sealed class ConventionTests
{
    private const string Text = """
        instruction "ESSAI/2024/3"
            signée le 1er janvier 2024
            applicable le 1er janvier 2024

        programme HOP "Programme d'essai"
            volet VA "Volet A"
                fenêtres W1
                domaine DA "Domaine A"
                    forfait = 30 k€
                    indicateur IA "Indicateur A"
                        oui/non

        fenêtre W1 "Fenêtre 1"
            candidature du 2024-01-01 au 2024-07-31
            mesure "2024" du 2024-03-01 au 2024-12-31
            jalon 2024-12-31
            {0}

        cibles du volet VA
            fenêtres    W1
            IA          oui
        """;

    [Theory]
    [InlineData("", "SUN0401")]
    [InlineData("dérogation SUN0401 \"La mesure commence pendant la candidature.\"", null)]
    public void A_window_that_departs_from_a_convention_compiles_and_is_judged_alike(string waiver, string? warning)
    {
        var compilation = Compilation.Parse([new SourceText("essai/convention.sunes", Text.Replace("{0}", waiver, StringComparison.Ordinal))]);
        Assert.Equal(warning, compilation.Diagnostics.SingleOrDefault()?.Code);
        Assert.False(compilation.HasErrors);

        using var compiled = Corpus.EmitAndLoad(compilation);
        var interpreted = InterpretedProgrammeRules.Create(compilation);
        foreach (var met in new[] { true, false })
        {
            var @case = new CandidacyCase("130000003", "W1", ["DA"], false, [], [], [new MeasureCase("IA", MeasureKind.YesNo, 0, 0, met)], new DateOnly(2024, 4, 1));
            Assert.Null(DifferentialCheck.Difference(interpreted, compiled.Rules, @case));
            Assert.Contains(met ? "Funded" : "TargetsMissed", DifferentialCheck.Outcome(compiled.Rules, @case), StringComparison.Ordinal);
        }
    }
}
