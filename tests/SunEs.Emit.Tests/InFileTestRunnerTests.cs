using SunEs.Emit.InFileTests;
using SunEs.Emit.Tests.Support;
using SunEs.Runtime;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Emit.Tests;

/// <summary>Tests written in the instructions, run against the compiled rules (what "sunes test" will print).</summary>
public sealed class InFileTestRunnerTests
{
    private const string Tests = """

        test "CH avec chirurgie, F2, toutes cibles atteintes" au 2023-04-01
            établissement "750000010"
            candidature en F2 pour D1, D2
            déposée le 2022-04-01
            territoire "France métropolitaine"
            résultats transmis le 2023-03-31
            prérequis tous atteints
            données forfait_d1 = 100 k€, activité_chirurgie = oui, laboratoire_interne = non, prérequis_saisis_osis = oui, engagement_cibles_osis = oui
            mesures DS1.1 = 60 %, DS1.2 = 480 / 1 000, DS1.3 = 61 %
            attendu
                candidature recevable
                D1 financé 99 000 €
                DS1.2 atteint
                DS1.3 atteint
                D2 inéligible
                total 99 000 €

        test "Montant attendu faux" au 2023-04-01
            établissement "750000028"
            candidature en F2 pour D1
            déposée le 2022-04-01
            territoire "France métropolitaine"
            résultats transmis le 2023-03-31
            prérequis tous atteints
            données forfait_d1 = 100 k€, activité_chirurgie = non, prérequis_saisis_osis = oui, engagement_cibles_osis = oui
            mesures DS1.1 = 60 %, DS1.2 = 48 %
            attendu
                D1 financé 90 000,01 €
                DS1.3 non applicable

        test "Audit manquant en F2" au 2023-04-01
            établissement "750000036"
            candidature en F2 pour D1
            déposée le 2022-04-01
            territoire "France métropolitaine"
            résultats transmis le 2023-03-31
            prérequis tous atteints sauf PS2.2
            données prérequis_saisis_osis = oui, engagement_cibles_osis = oui
            attendu
                candidature irrecevable
                D1 non financé

        test "Forfait oublié" au 2023-04-01
            établissement "750000044"
            candidature en F2 pour D1
            déposée le 2022-04-01
            territoire "France métropolitaine"
            résultats transmis le 2023-03-31
            prérequis tous atteints
            données activité_chirurgie = non, prérequis_saisis_osis = oui, engagement_cibles_osis = oui
            mesures DS1.1 = 60 %, DS1.2 = 48 %
            attendu
                D1 financé
        """;

    private const string DurationText = """
        // Une donnée de durée, lue par une règle et donnée par les tests.

        instruction "DGOS/PF5/DNS/2024/12"
            titre "Ouverture d'une fenêtre de financement"
            signée le 2 février 2024
            applicable le 2 février 2024

        programme SUNES "Ségur Usage Numérique en Établissements de Santé"
            enveloppe 20 M€
            volet V1 "Alimentation du DMP"
                fenêtres F1
                dégressivité F1 100 %
                domaine D1 "Documents de sortie"
                    forfait = forfait_d1
                    éligible si attente < 6 mois
                    indicateur DS1.1 "Taux de séjours avec une lettre de liaison au DMP"
                        taux = séjours_ldl / séjours

        fenêtre F1 "Fenêtre 1"
            candidature du 1er mars 2024 au 30 avril 2024
            sélection 4 mois maximum
            mesure "S2 2024" du 1er juillet 2024 au 31 décembre 2024
            jalon 31 décembre 2024

        cibles du volet V1
            fenêtres    F1
            DS1.1       50 %

        donnée séjours     : entier  "Nombre de séjours sur la période de mesure"
        donnée séjours_ldl : entier  "Nombre de séjours avec une lettre de liaison au DMP"
        donnée forfait_d1  : montant "Forfait du domaine 1 notifié à l'établissement"
        donnée attente : durée "Attente"

        test "Trois mois d'attente : éligible" au 2024-06-01
            établissement "750100133"
            candidature en F1 pour D1
            déposée le 2024-03-15
            territoire "France métropolitaine"
            résultats transmis le 2024-12-01
            prérequis tous atteints
            données forfait_d1 = 100 k€, attente = 3 mois, séjours = 100, séjours_ldl = 60
            mesures DS1.1 = 60 %
            attendu
                D1 financé 100 000 €

        test "Neuf mois d'attente : inéligible" au 2024-06-01
            établissement "750100141"
            candidature en F1 pour D1
            déposée le 2024-03-15
            territoire "France métropolitaine"
            résultats transmis le 2024-12-01
            prérequis tous atteints
            données forfait_d1 = 100 k€, attente = 9 mois, séjours = 100, séjours_ldl = 60
            mesures DS1.1 = 60 %
            attendu
                D1 inéligible
        """;

    [Fact]
    public void A_test_gives_a_duration_datum_in_its_unit()
    {
        var results = RunTests([new SourceText("2024-12.sunes", DurationText)]);

        Assert.Equal(2, results.Count);
        Assert.All(results, run => Assert.True(run.Passed, run.Test.Name + ": " + string.Join("; ", run.Failures.Select(failure => failure.Message.English)) + run.Error?.ToString()));
    }

    [Fact]
    public void Tests_of_the_texts_run_against_the_compiled_rules()
    {
        var texts = Corpus.Texts().Select(text => text.Path.EndsWith("2023-28.sunes", StringComparison.Ordinal) ? new SourceText(text.Path, text.Content + Tests) : text);
        var results = RunTests(texts).ToDictionary(run => run.Test.Name);

        Assert.True(results["CH avec chirurgie, F2, toutes cibles atteintes"].Passed);
        Assert.True(results["Audit manquant en F2"].Passed);
        var wrong = results["Montant attendu faux"];
        var failure = Assert.Single(wrong.Failures);
        Assert.Equal("expected: D1 funded 90,000.01 €; got: 90,000 €", failure.Message.English);
        var forgotten = results["Forfait oublié"];
        Assert.Equal((EvaluationErrorKind.MissingDatum, "forfait_d1", "750000044"), (forgotten.Error!.Kind, forgotten.Error.Subject, forgotten.Error.Establishment));
    }

    /// <summary>Compiles the texts (which must have no error), loads their rules and runs the tests they hold.</summary>
    private static IReadOnlyList<InFileTestResult> RunTests(IEnumerable<SourceText> texts)
    {
        var compilation = Compilation.Parse(texts);
        Assert.False(compilation.HasErrors, string.Join(Environment.NewLine, compilation.Diagnostics));
        var result = RulesEmitter.Emit(compilation);
        using var loaded = LoadedProgrammeRules.FromBytes(result.Assembly!, result.Pdb);
        return InFileTestRunner.Run(compilation, loaded.Rules);
    }
}
