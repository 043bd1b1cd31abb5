using System.Text.Json;

namespace SunEs.Cli.Tests;

public sealed class EvaluateCommandTests(CorpusBuild build) : IClassFixture<CorpusBuild>
{
    private const string Header = "établissement;fenêtre;domaines;déposée_le;résultats_le;territoire;prérequis_saisis_osis;engagement_cibles_osis;"
        + "PS1.1;PS1.2;PS2.1;PS2.2;PS3.1;PS3.2;PS4.1;activité_chirurgie;forfait_d1;DS1.1;DS1.2";

    /// <summary>On time in F2, in metropolitan France, with the oSIS commitments and every prerequisite met.</summary>
    private const string Prerequisites = "2022-04-01;2023-03-31;France métropolitaine;oui;oui;oui;oui;oui;oui;oui;oui;oui";

    private static string Hospitals => Path.Combine(RepositoryRoot.Path, "samples/SunEs.SampleEngine/hospitals.csv");

    [Fact]
    public void The_sample_hospitals_are_all_evaluated_with_a_build_directory()
    {
        var result = CliRunner.InRepository("evaluate", "--from", build.Directory, "--input", Hospitals, "--as-of", "2023-04-01", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutLines;
        Assert.Equal("ligne;établissement;fenêtre;résultat;recevable;total;domaines;explication", lines[0]);
        Assert.Equal(21, lines.Length);
        Assert.StartsWith("2;990000010;F2;évaluée;oui;172800.00;D1=financé 118800.00 | D2=financé 22500.00 | D3=financé 31500.00;", lines[1]);
        Assert.Equal("20 candidatures évaluées, 0 ligne refusée (règles en vigueur au 2023-04-01).", result.ErrorLines.Single());
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_line_and_reason_while_good_rows_are_evaluated()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", string.Join("\n",
            Header,
            $"750000010;F2;D1;{Prerequisites};non;100 k€;55 %;48 %",
            $"750000028;F2;D1;{Prerequisites};non;100 k€;120 %;48 %",
            $"750000036;F2;D1;{Prerequisites};non;100 k€;600/500;48 %",
            $"750000044;F9;D1;{Prerequisites};non;100 k€;55 %;48 %",
            $"750000051;F2;D1;{Prerequisites};non;100 k€;55 %;48 %",
            $"750000051;F2;D1;{Prerequisites};non;90 k€;56 %;49 %",
            $"750000069;F2;D1;{Prerequisites};non;cent mille;55 %;48 %",
            $"750000077;F2;D1;{Prerequisites};non;;55 %;48 %",
            $"750000085;F2;D1;oui;oui",
            $"750000093;F2;D1;{Prerequisites};non;100 k€;55 %;48 %",
            $"750000101;F2;D1;{Prerequisites};non;100"));

        var result = CliRunner.Run(folder.Path, "evaluate", "--assembly", build.Dll, "--input", "batch.csv", "--as-of", "2023-04-01", "--format", "csv");

        Assert.Equal(4, result.ExitCode);
        var errors = result.ErrorLines;
        Assert.Contains("batch.csv(3): ligne refusée (établissement 750000028) : Le taux de « DS1.1 » vaut 120 % : un taux est compris entre 0 et 100 % (établissement 750000028).", errors);
        Assert.Contains(errors, line => line.StartsWith("batch.csv(4): ligne refusée (établissement 750000036) : Pour l'indicateur « DS1.1 », le numérateur 600 dépasse le dénominateur 500", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.StartsWith("batch.csv(5): ligne refusée (établissement 750000044) : La fenêtre « F9 » n'existe pas", StringComparison.Ordinal));
        Assert.Contains("batch.csv(6): ligne refusée (établissement 750000051) : l'établissement 750000051 a plusieurs candidatures en F2 (lignes 6, 7) : gardez-en une seule", errors);
        Assert.Contains("batch.csv(7): ligne refusée (établissement 750000051) : l'établissement 750000051 a plusieurs candidatures en F2 (lignes 6, 7) : gardez-en une seule", errors);
        Assert.Contains(errors, line => line.StartsWith("batch.csv(8): ligne refusée (établissement 750000069) : valeur « cent mille » illisible pour « forfait_d1 »", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.StartsWith("batch.csv(9): ligne refusée (établissement 750000077) : Donnée manquante : « forfait_d1 »", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.StartsWith("batch.csv(10): ligne refusée : 5 cellule(s) au lieu des 19 de l'en-tête", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.StartsWith("batch.csv(12): ligne refusée : ligne tronquée (17 cellule(s) sur 19)", StringComparison.Ordinal));
        Assert.Equal("2 candidatures évaluées, 9 lignes refusées (règles en vigueur au 2023-04-01).", errors[^1]);

        var rows = result.OutLines.Skip(1).Select(line => line.Split(';')).ToList();
        Assert.Equal(Enumerable.Range(2, 11).Select(line => line.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(row => row[0]));
        Assert.Equal(("évaluée", "90000.00"), (rows[0][3], rows[0][5]));
        Assert.Equal(("évaluée", "90000.00"), (rows[9][3], rows[9][5]));
        Assert.All(rows.Skip(1).Take(8).Append(rows[10]), row => Assert.Equal("erreur", row[3]));
    }

    [Fact]
    public void A_json_batch_cut_short_keeps_the_candidatures_before_the_cut()
    {
        using var folder = new TempFolder();
        folder.Write("batch.json", """
            {
              "candidatures": [
                { "établissement": "750000010", "fenêtre": "F2", "domaines": ["D1"],
                  "déposée_le": "2022-04-01", "résultats_le": "2023-03-31", "territoire": "métropole",
                  "prérequis_saisis_osis": true, "engagement_cibles_osis": true,
                  "PS1.1": true, "PS1.2": true, "PS2.1": true, "PS2.2": true, "PS3.1": true, "PS3.2": true,
                  "activité_chirurgie": false, "forfait_d1": 100000, "DS1.1": 55, "DS1.2": "480/1000" },
                { "établissement": "750000028", "fenêtre": "F2", "domaines": "D1",
                  "déposée_le": "2022-04-01", "résultats_le": "2023-03-31", "territoire": "métropole",
                  "prérequis_saisis_osis": "oui", "engagement_cibles_osis": "oui",
                  "PS1.1": "oui", "PS1.2": "oui", "PS2.1": "oui", "PS2.2": "oui", "PS3.1": "oui", "PS3.2": "oui",
                  "activité_chirurgie": "non", "forfait_d1": "100 k€", "DS1.1": "54,9 %", "DS1.2": 48, "DS9.9": 1 },
                { "établissement": "750000036", "fenêtre": "F2", "domaines": ["D1"],
                  "PS1.1": true, "PS1.2
            """);

        var result = CliRunner.Run(folder.Path, "evaluate", "--assembly", build.Dll, "--input", "batch.json", "--as-of", "2023-04-01", "--format", "json");

        Assert.Equal(4, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var decision = Assert.Single(document.RootElement.GetProperty("decisions").EnumerateArray());
        Assert.Equal((3, "750000010", "90000.00"), (decision.GetProperty("line").GetInt32(), decision.GetProperty("establishment").GetString(), decision.GetProperty("total").GetString()));
        var threshold = decision.GetProperty("domains")[0].GetProperty("indicators")[0];
        Assert.Equal(("DS1.1", "55 %", "DGOS/PF5/DNS/2023/28", "instructions/2023-28.sunes"), (
            threshold.GetProperty("id").GetString(), Spaces.Plain(threshold.GetProperty("threshold").GetString()!),
            threshold.GetProperty("thresholdSource").GetProperty("instruction").GetString(), threshold.GetProperty("thresholdSource").GetProperty("file").GetString()));
        var errors = document.RootElement.GetProperty("errors").EnumerateArray().Select(error => (error.GetProperty("line").GetInt32(), error.GetProperty("message").GetString()!)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal((8, "« DS9.9 » n'est ni un prérequis, ni une donnée, ni un indicateur de ces règles"), errors[0]);
        Assert.Equal(14, errors[1].Item1);
        Assert.StartsWith("JSON tronqué ou invalide à partir d'ici", errors[1].Item2);
    }

    [Fact]
    public void The_output_file_is_written_whole_and_standard_output_stays_empty()
    {
        using var folder = new TempFolder();
        folder.Write("result.json", "ancien contenu");

        var result = CliRunner.Run(folder.Path, "evaluate", "--from", build.Directory, "--input", Hospitals, "--as-of", "2023-04-01", "--format", "json", "-o", "result.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "result.json")));
        Assert.Equal(20, document.RootElement.GetProperty("evaluated").GetInt32());
        Assert.Equal(["result.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void The_table_shows_each_decision_with_its_explanation()
    {
        var result = CliRunner.InRepository("evaluate", "--from", build.Directory, "--input", Hospitals, "--as-of", "2023-04-01", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Establishment", result.Out);
        Assert.Contains("990000200", result.Out);
        Assert.Contains("D1 funded €118,800.00", result.Out);
    }

    [Fact]
    public void The_same_candidature_before_and_after_the_2023_amendment()
    {
        using var folder = new TempFolder();
        // Results transmitted on F2's first milestone, so that only the targets change between the two dates.
        folder.Write("one.csv", $"{Header}\n750000010;F2;D1;{Prerequisites.Replace("2023-03-31", "2022-12-31", StringComparison.Ordinal)};non;100000;57;48\n");

        var before = CliRunner.Run(folder.Path, "evaluate", "--from", build.Directory, "--input", "one.csv", "--as-of", "2023-03-20", "--format", "csv");
        var after = CliRunner.Run(folder.Path, "evaluate", "--from", build.Directory, "--input", "one.csv", "--as-of", "2023-03-21", "--format", "csv");

        Assert.Equal("0.00", before.OutLines[1].Split(';')[5]);
        Assert.Equal("90000.00", after.OutLines[1].Split(';')[5]);
    }

    [Theory]
    [InlineData(new[] { "--input", "x.csv" }, "l'un ou l'autre")]
    [InlineData(new[] { "--input", "x.csv", "--assembly", "a.dll", "--from", "out" }, "l'un ou l'autre")]
    [InlineData(new[] { "--input", "x.txt", "--from", "out" }, "extension inconnue")]
    [InlineData(new[] { "--input", "absent.csv", "--from", "out" }, "fichier introuvable")]
    [InlineData(new[] { "--input", "x.csv", "--from", "absent" }, "ce dossier n'existe pas")]
    [InlineData(new[] { "--input", "x.csv", "--assembly", "x.csv" }, "n'a pas de sunes-manifest.json à côté")]
    [InlineData(new[] { "--input", "unknown-column.csv", "--from", "BUILD" }, "ni un prérequis, ni une donnée")]
    [InlineData(new[] { "--input", "no-window.csv", "--from", "BUILD" }, "la colonne « fenêtre » est obligatoire")]
    [InlineData(new[] { "--input", "x.csv", "--from", "BUILD", "--format", "xml" }, "choisissez table, json ou csv")]
    public void Wrong_commands_and_files_are_usage_errors(string[] options, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("x.csv", $"{Header}\n");
        folder.Write("x.txt", "texte");
        folder.Write("unknown-column.csv", "établissement;fenêtre;domaines;colonne_inconnue\n750000010;F2;D1;1\n");
        folder.Write("no-window.csv", "établissement;domaines\n750000010;D1\n");

        var result = CliRunner.Run(folder.Path, ["evaluate", .. options.Select(option => option == "BUILD" ? build.Directory : option)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
    }
}
