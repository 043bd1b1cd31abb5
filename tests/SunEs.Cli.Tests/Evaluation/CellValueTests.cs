namespace SunEs.Cli.Tests.Evaluation;

/// <summary>A number cell is read exactly, with the units of its column, or its row is refused with the reason: never rounded, overflowed or guessed.</summary>
public sealed class CellValueTests(CorpusBuild build) : IClassFixture<CorpusBuild>
{
    private const string Huge = "800000000000000000000000000";

    [Theory]
    [InlineData("100000000000000000000000 M€", "48 %", "forfait_d1", "hors de ce qu'un nombre porte exactement")]
    [InlineData("79228162514264337593543950336", "48 %", "forfait_d1", "hors de ce qu'un nombre porte exactement")]
    [InlineData("100 k€", "54,99999999999999999999999999999 %", "DS1.2", "hors de ce qu'un nombre porte exactement")]
    [InlineData("100,000", "48 %", "forfait_d1", "ambiguë pour « forfait_d1 » : « , » peut séparer les milliers ou les décimales. Écrivez 100000 ou 100 000 pour des milliers, 100 pour un nombre décimal")]
    [InlineData("1.500 €", "48 %", "forfait_d1", "Écrivez 1500 ou 1 500 pour des milliers, 1,5 pour un nombre décimal")]
    [InlineData("100 k€", "55 €", "DS1.2", "l'unité « € » ne convient pas")]
    [InlineData("55 %", "48 %", "forfait_d1", "l'unité « % » ne convient pas")]
    [InlineData("100 k€", "480 € / 1000", "DS1.2", "l'unité « € » ne convient pas")]
    [InlineData("100 k€", "1e5", "DS1.2", "illisible pour « DS1.2 »")]
    public void A_value_beyond_its_column_refuses_its_row_and_the_others_are_evaluated(string forfait, string ds12, string column, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv(Batch.Row(Batch.Finess[0]), Batch.Row(Batch.Finess[1], forfait: forfait, ds12: ds12), Batch.Row(Batch.Finess[2])));

        var result = Batch.Evaluate(build, folder, "batch.csv");

        Assert.Equal(4, result.ExitCode);
        var outcomes = Batch.Outcomes(result);
        Assert.Equal(("évaluée", "évaluée"), (outcomes[2][3], outcomes[4][3]));
        Assert.Equal("erreur", outcomes[3][3]);
        Assert.Contains($"« {column} »", outcomes[3][7]);
        Assert.Contains(expected, outcomes[3][7]);
    }

    [Fact]
    public void A_ratio_of_huge_counts_is_computed_not_overflowed()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv(Batch.Row(Batch.Finess[0], ds11: $"{Huge}/{Huge}", ds12: $"384000000000000000000000000/{Huge}")));

        var result = Batch.Evaluate(build, folder, "batch.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(("évaluée", "90000.00"), (Batch.Outcomes(result)[2][3], Batch.Outcomes(result)[2][5]));
    }

    [Fact]
    public void Rates_and_amounts_keep_every_digit_they_are_given()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv(
            Batch.Row(Batch.Finess[0], ds11: "54,9999999999999999999999999 %"),
            Batch.Row(Batch.Finess[1], forfait: "100 000,005 €")));

        var result = Batch.Evaluate(build, folder, "batch.csv", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var decisions = document.RootElement.GetProperty("decisions");
        Assert.Equal("0.00", decisions[0].GetProperty("total").GetString());
        Assert.Equal("90000.00", decisions[1].GetProperty("total").GetString());
        Assert.Equal("100000.005", decisions[1].GetProperty("domains")[0].GetProperty("breakdown").GetProperty("forfait").GetString());
    }

    [Theory]
    [InlineData("1e5", "0")]
    [InlineData("1.0e5", "0")]
    [InlineData("100000.0", "0")]
    [InlineData("54.99999999999999999999999999999", "4")]
    [InlineData("1e40", "4")]
    public void Json_numbers_are_read_as_json_exactly(string forfait, string exitCode)
    {
        using var folder = new TempFolder();
        folder.Write("batch.json", $"[\n{Batch.JsonObject(Batch.Finess[0]).Replace("\"forfait_d1\": 100000", $"\"forfait_d1\": {forfait}", StringComparison.Ordinal)}\n]");

        var result = Batch.Evaluate(build, folder, "batch.json");

        Assert.Equal(int.Parse(exitCode, System.Globalization.CultureInfo.InvariantCulture), result.ExitCode);
        Assert.Equal(exitCode == "0" ? "évaluée" : "erreur", Batch.Outcomes(result)[2][3]);
    }

    [Fact]
    public void An_in_file_test_with_a_ratio_of_huge_counts_runs_as_check_accepts_it()
    {
        using var folder = CorpusCopy.WithTests($"""

            test "Rapport de très grands comptes" au 2023-04-01
                établissement "750000010"
                candidature en F2 pour D1
                déposée le 2022-04-01
                territoire "France métropolitaine"
                résultats transmis le 2023-03-31
                prérequis tous atteints
                données forfait_d1 = 100 k€, activité_chirurgie = non, prérequis_saisis_osis = oui, engagement_cibles_osis = oui
                mesures DS1.1 = {Huge} / {Huge}, DS1.2 = 48 %
                attendu
                    D1 financé 90 000 €

            """);

        var check = CliRunner.Run(folder.Path, "check", "instructions");
        var test = CliRunner.Run(folder.Path, "test", "instructions");

        Assert.Equal(0, check.ExitCode);
        Assert.Equal(0, test.ExitCode);
        Assert.Contains(test.OutLines, line => line.EndsWith("ok « Rapport de très grands comptes »", StringComparison.Ordinal));
    }

    [Fact]
    public void An_in_file_test_whose_establishment_is_not_a_finess_number_fails_with_the_reason()
    {
        using var folder = CorpusCopy.WithTests("""

            test "Numéro mal recopié" au 2023-04-01
                établissement "750000011"
                candidature en F2 pour D1
                déposée le 2022-04-01
                territoire "France métropolitaine"
                résultats transmis le 2023-03-31
                prérequis tous atteints
                données forfait_d1 = 100 k€, activité_chirurgie = non, prérequis_saisis_osis = oui, engagement_cibles_osis = oui
                mesures DS1.1 = 55 %, DS1.2 = 48 %
                attendu
                    D1 financé 90 000 €

            """);

        var test = CliRunner.Run(folder.Path, "test", "instructions");

        Assert.Equal(1, test.ExitCode);
        Assert.Contains(test.OutLines, line => line.Contains("erreur d'évaluation : Numéro FINESS « 750000011 » invalide : sa clé (le dernier chiffre) ne correspond pas aux huit premiers", StringComparison.Ordinal));
    }
}
