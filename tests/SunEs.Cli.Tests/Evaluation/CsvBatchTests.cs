namespace SunEs.Cli.Tests.Evaluation;

/// <summary>Every line of a CSV batch is evaluated or reported at its own number, whatever its quotes, and the header is found and read as written.</summary>
public sealed class CsvBatchTests(CorpusBuild build) : IClassFixture<CorpusBuild>
{
    [Fact]
    public void A_stray_quote_costs_only_its_own_line()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv(
            Batch.Row(Batch.Finess[0]),
            Batch.Row(Batch.Finess[1], forfait: "10\"0 k€"),
            Batch.Row(Batch.Finess[2]),
            Batch.Row(Batch.Finess[3], ds12: "48 %\""),
            Batch.Row(Batch.Finess[4]),
            Batch.Row(Batch.Finess[5], forfait: "\"100 k€"),
            Batch.Row(Batch.Finess[6])));

        var result = Batch.Evaluate(build, folder, "batch.csv");

        Assert.Equal(4, result.ExitCode);
        var outcomes = Batch.Outcomes(result);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8], outcomes.Keys.Order());
        Assert.All([2, 4, 6, 8], line => Assert.Equal(("évaluée", "90000.00"), (outcomes[line][3], outcomes[line][5])));
        Assert.Contains(result.ErrorLines, line => line.StartsWith("batch.csv(3): ligne refusée : colonne ", StringComparison.Ordinal) && line.Contains("guillemet au milieu d'une cellule", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.StartsWith("batch.csv(5): ligne refusée : colonne ", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.StartsWith("batch.csv(7): ligne refusée : guillemet ouvert en colonne ", StringComparison.Ordinal));
        Assert.Equal("4 candidatures évaluées, 3 lignes refusées (règles en vigueur au 2023-04-01).", result.ErrorLines[^1]);
    }

    [Fact]
    public void Quoted_cells_keep_their_separators_and_doubled_quotes()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", $"{Batch.Header}\n\"{Batch.Finess[0]}\" ; \"F2\";\"D1\";{Batch.Calendar("F2")};oui;oui;oui;oui;oui;oui;oui;non;\"100 000 €\";55 %;\"48 %\"\n");

        var result = Batch.Evaluate(build, folder, "batch.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("90000.00", Batch.Outcomes(result)[2][5]);
    }

    [Fact]
    public void Blank_lines_before_the_header_do_not_hide_its_separator()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", "\n  \n" + Batch.Csv(Batch.Row(Batch.Finess[0])));

        var result = Batch.Evaluate(build, folder, "batch.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(("évaluée", "90000.00"), (Batch.Outcomes(result)[4][3], Batch.Outcomes(result)[4][5]));
    }

    [Fact]
    public void Headers_with_decomposed_accents_name_the_same_columns()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv(Batch.Row(Batch.Finess[0])).Normalize(System.Text.NormalizationForm.FormD));

        var result = Batch.Evaluate(build, folder, "batch.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("90000.00", Batch.Outcomes(result)[2][5]);
    }

    [Fact]
    public void Two_spellings_of_one_column_in_the_header_are_refused()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", $"finess;{Batch.Header}\n{Batch.Finess[1]};{Batch.Row(Batch.Finess[0])}\n");

        var result = Batch.Evaluate(build, folder, "batch.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("les colonnes « finess » et « établissement » de l'en-tête désignent la même colonne", result.Error);
    }
}
