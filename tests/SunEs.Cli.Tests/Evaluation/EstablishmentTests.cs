namespace SunEs.Cli.Tests.Evaluation;

/// <summary>
/// One candidature per establishment and window: establishments are FINESS numbers, checked and
/// compared in their one spelling, so no other spelling of a number can be funded beside it.
/// </summary>
public sealed class EstablishmentTests(CorpusBuild build) : IClassFixture<CorpusBuild>
{
    [Theory]
    [InlineData("\ufeff990000002", "il a 10 caractère(s) au lieu de 9")]
    [InlineData("990000002\u200b", "il a 10 caractère(s) au lieu de 9")]
    [InlineData("0990000002", "il a 10 caractère(s) au lieu de 9")]
    [InlineData("990000003", "sa clé (le dernier chiffre) ne correspond pas")]
    [InlineData("99000000\u001b", "le caractère 9 n'est pas un chiffre")]
    public void Another_spelling_of_a_funded_number_is_refused_not_funded_again(string other, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv(Batch.Row("990000002"), Batch.Row(other)));

        var result = Batch.Evaluate(build, folder, "batch.csv");

        Assert.Equal(4, result.ExitCode);
        var outcomes = Batch.Outcomes(result);
        Assert.Equal(("évaluée", "90000.00"), (outcomes[2][3], outcomes[2][5]));
        Assert.Equal("erreur", outcomes[3][3]);
        Assert.Contains("Numéro FINESS", outcomes[3][7]);
        Assert.Contains(expected, outcomes[3][7]);
    }

    [Theory]
    [InlineData("990000002.0")]
    [InlineData("9.90000002e8")]
    public void A_json_number_that_is_not_nine_digits_is_refused(string number)
    {
        using var folder = new TempFolder();
        folder.Write("batch.json", $"[\n{Batch.JsonObject("990000002")},\n{Batch.JsonObject("X").Replace("\"X\"", number, StringComparison.Ordinal)}\n]");

        var result = Batch.Evaluate(build, folder, "batch.json");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal(("évaluée", "erreur"), (Batch.Outcomes(result)[2][3], Batch.Outcomes(result)[3][3]));
        Assert.Contains("Numéro FINESS", Batch.Outcomes(result)[3][7]);
    }

    [Fact]
    public void The_same_number_written_in_groups_is_the_same_establishment()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv(Batch.Row("990000002"), Batch.Row("99 000 000 2"), Batch.Row(Batch.Finess[0])));

        var result = Batch.Evaluate(build, folder, "batch.csv");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("batch.csv(2): ligne refusée (établissement 990000002) : l'établissement 990000002 a plusieurs candidatures en F2 (lignes 2, 3) : gardez-en une seule", result.ErrorLines);
        Assert.Contains("batch.csv(3): ligne refusée (établissement 99 000 000 2) : l'établissement 990000002 a plusieurs candidatures en F2 (lignes 2, 3) : gardez-en une seule", result.ErrorLines);
        Assert.Equal("évaluée", Batch.Outcomes(result)[4][3]);
    }

    [Fact]
    public void Hostile_numbers_cannot_forge_report_lines_nor_flood_them()
    {
        using var folder = new TempFolder();
        var forged = "75\u001b[2J\nbatch.csv(9): ligne refusée : faux";
        folder.Write("batch.json", $"[\n{Batch.JsonObject("X").Replace("\"X\"", System.Text.Json.JsonSerializer.Serialize(forged), StringComparison.Ordinal)},\n"
            + $"{Batch.JsonObject(new string('9', 2_000_000)).Replace("\"forfait_d1\": 100000", $"\"forfait_d1\": \"{new string('1', 2_000_000)} €\"", StringComparison.Ordinal)},\n"
            + $"{Batch.JsonObject(Batch.Finess[1]).Replace("\"forfait_d1\": 100000", $"\"forfait_d1\": \"{new string('1', 2_000_000)}\\u001b €\"", StringComparison.Ordinal)},\n"
            + $"{Batch.JsonObject(Batch.Finess[2])}\n]");

        var result = Batch.Evaluate(build, folder, "batch.json", "--format", "table");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal(4, result.ErrorLines.Length);
        Assert.All(result.ErrorLines.Take(3), line => Assert.Matches(@"^batch\.json\([234]\): ligne refusée \(établissement ", line));
        Assert.Contains("« 75\\u001B[2J\\u000Abatch.csv(9): ligne refusée : faux »", result.ErrorLines[0]);
        Assert.True(result.Error.Length < 2_000, $"{result.Error.Length} characters on the error stream");
        Assert.DoesNotContain('\u001b', result.Error + result.Out);
    }

    [Fact]
    public void Csv_output_never_starts_a_cell_with_a_formula()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv(
            Batch.Row("=cmd|' /C calc'!A0"),
            Batch.Row("+33123456789"),
            Batch.Row("@SUM(A1)", window: "-F2"),
            Batch.Row(Batch.Finess[0])));

        var result = Batch.Evaluate(build, folder, "batch.csv");

        Assert.Equal(4, result.ExitCode);
        var cells = result.OutLines.Skip(1).SelectMany(line => line.Split(';')).ToList();
        Assert.DoesNotContain(cells, cell => cell.Length > 0 && cell.TrimStart('"')[0] is '=' or '+' or '-' or '@');
        Assert.Contains("'=cmd|' /C calc'!A0", result.OutLines[1]);
        Assert.Contains(";'-F2;", result.OutLines[3]);
    }
}
