using System.Text;

namespace SunEs.Cli.Tests.Evaluation;

/// <summary>A JSON batch loses nothing in silence: keys given twice, texts that are not Unicode, content after the array and files that are not UTF-8 are reported.</summary>
public sealed class JsonBatchTests(CorpusBuild build) : IClassFixture<CorpusBuild>
{
    [Theory]
    [InlineData(", \"DS1.3\": \"\\ud800\"", "la valeur de « DS1.3 » n'est pas du texte Unicode")]
    [InlineData(", \"note\\udc00\": 1", "une clé n'est pas du texte Unicode")]
    public void A_lone_surrogate_refuses_its_candidature_and_no_other(string extra, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("batch.json", $"[\n{Batch.JsonObject(Batch.Finess[0], extra)},\n{Batch.JsonObject(Batch.Finess[1])}\n]");

        var result = Batch.Evaluate(build, folder, "batch.json");

        Assert.Equal(4, result.ExitCode);
        var outcomes = Batch.Outcomes(result);
        Assert.Equal("erreur", outcomes[2][3]);
        Assert.Contains(expected, outcomes[2][7]);
        Assert.Equal(("évaluée", "90000.00"), (outcomes[3][3], outcomes[3][5]));
    }

    [Theory]
    [InlineData(", \"forfait_d1\": 999999999", "« forfait_d1 » est donné deux fois")]
    [InlineData(", \"établissement\": \"750000028\"", "« établissement » est donné deux fois")]
    [InlineData(", \"finess\": \"750000028\"", "« établissement » et « finess » désignent la même colonne")]
    [InlineData(", \"e\u0301tablissement\": \"750000028\"", "« établissement » est donné deux fois")]
    public void A_key_given_twice_refuses_the_candidature_instead_of_keeping_the_last(string extra, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("batch.json", $"[\n{Batch.JsonObject(Batch.Finess[0], extra)}\n]");

        var result = Batch.Evaluate(build, folder, "batch.json");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("erreur", Batch.Outcomes(result)[2][3]);
        Assert.Contains(expected, Batch.Outcomes(result)[2][7]);
    }

    [Theory]
    [InlineData("[\n{0}\n]\n[\n{1}\n]", 4)]
    [InlineData("[\n{0}\n]\ngarbage {1}", 4)]
    [InlineData("{{ \"candidatures\": [\n{0}\n],\n\"candidatures\": [\n{1}\n] }}", 4)]
    [InlineData("{{ \"candidatures\": [\n{0}\n],\n\"candidature\": [\n{1}\n] }}", 4)]
    public void Content_after_the_candidatures_is_reported_not_dropped(string layout, int reportedLine)
    {
        using var folder = new TempFolder();
        folder.Write("batch.json", string.Format(System.Globalization.CultureInfo.InvariantCulture, layout, Batch.JsonObject(Batch.Finess[0]), Batch.JsonObject(Batch.Finess[1])));

        var result = Batch.Evaluate(build, folder, "batch.json");

        Assert.Equal(4, result.ExitCode);
        var outcomes = Batch.Outcomes(result);
        Assert.Equal(("évaluée", "90000.00"), (outcomes[2][3], outcomes[2][5]));
        Assert.Equal("erreur", outcomes[reportedLine][3]);
        Assert.Contains("n'a pas été lu", outcomes[reportedLine][7]);
        Assert.DoesNotContain(Batch.Finess[1], result.Out);
    }

    [Theory]
    [InlineData(new byte[0], "est vide")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09 }, "est vide")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x5B, 0x00, 0x5D, 0x00 }, "le fichier est en UTF-16")]
    [InlineData(new byte[] { 0x5B, 0x00, 0x5D, 0x00 }, "batch.json(1) : caractère nul")]
    [InlineData(new byte[] { 0x5B, 0x0A, 0x22, 0xE9, 0x22, 0x5D }, "batch.json(2,2) : l'octet 0xE9 n'est pas du texte UTF-8")]
    public void A_file_that_is_not_utf8_json_text_is_a_usage_error(byte[] content, string expected)
    {
        using var folder = new TempFolder();
        folder.WriteBytes("batch.json", content);

        var result = Batch.Evaluate(build, folder, "batch.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void A_csv_file_in_utf16_is_a_usage_error_too()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("batch.csv", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Batch.Csv(Batch.Row(Batch.Finess[0])))]);

        var result = Batch.Evaluate(build, folder, "batch.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("le fichier est en UTF-16", result.Error);
    }
}
