using System.Globalization;
using System.Text;
using SunEs.Runtime;

namespace SunEs.Cli.Tests.Evaluation;

/// <summary>
/// <c>sunes evaluate</c> streams: a batch of any size runs in the same bounded memory, reads from a
/// pipe, still refuses every row of an establishment given twice in a window wherever they are,
/// and explains as much as asked.
/// </summary>
public sealed class StreamingBatchTests(CorpusBuild build) : IClassFixture<CorpusBuild>
{
    /// <summary>
    /// The same small managed heap for 20,000 and 200,000 rows, written into a pipe while sunes
    /// reads it: a batch held in memory (its text alone is some 40 MB at 200,000 rows, its rows and
    /// decisions ten times that) would not fit. No time is measured.
    /// </summary>
    [Theory]
    [InlineData(20_000)]
    [InlineData(200_000)]
    public async Task Memory_stays_flat_whatever_the_size_of_the_batch_read_from_a_pipe(int rows)
    {
        using var folder = new TempFolder();
        var pipe = Path.Combine(folder.Path, "batch.csv");
        SunesProcess.MakePipe(pipe);
        var writer = Task.Run(() => WriteRows(pipe, rows));

        var result = SunesProcess.Run(folder.Path, new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x3000000" },
            "evaluate", "--from", build.Directory, "--input", "batch.csv", "--as-of", Batch.AsOf, "--format", "csv", "--explain", "none", "-o", "result.csv");
        await writer;

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"{rows} candidatures évaluées, 0 ligne refusée", result.Error);
        var lines = 0;
        foreach (var line in File.ReadLines(Path.Combine(folder.Path, "result.csv")).Skip(1))
        {
            Assert.EndsWith(";évaluée;oui;90000.00;D1=financé 90000.00;", line);
            lines++;
        }

        Assert.Equal(rows, lines);
    }

    [Theory]
    [InlineData("batch.csv")]
    [InlineData("pipe.csv")]
    public async Task Rows_of_one_establishment_in_one_window_are_all_refused_however_far_apart(string input)
    {
        using var folder = new TempFolder();
        var rows = Enumerable.Range(0, 3_000).Select(index => Batch.Row(Finess(index))).ToList();
        rows.Add(Batch.Row(Finess(7)));
        rows.Add(Batch.Row(Finess(7), window: "F3"));
        var content = Batch.Csv([.. rows]);
        CliResult result;
        if (input == "pipe.csv")
        {
            SunesProcess.MakePipe(Path.Combine(folder.Path, input));
            var writer = Task.Run(() => File.WriteAllText(Path.Combine(folder.Path, input), content, new UTF8Encoding(false)));
            result = SunesProcess.Run(folder.Path, new Dictionary<string, string>(), "evaluate", "--from", build.Directory, "--input", input, "--as-of", Batch.AsOf, "--format", "csv");
            await writer;
        }
        else
        {
            folder.Write(input, content);
            result = Batch.Evaluate(build, folder, input);
        }

        Assert.Equal(4, result.ExitCode);
        var outcomes = Batch.Outcomes(result);
        Assert.Equal(3_002, outcomes.Count);
        Assert.Equal("erreur", outcomes[9][3]);
        Assert.Contains("a plusieurs candidatures en F2 (lignes 9, 3002)", outcomes[9][7]);
        Assert.Equal("erreur", outcomes[3_002][3]);
        Assert.Equal("évaluée", outcomes[3_003][3]);
        Assert.Equal(2, result.ErrorLines.Count(line => line.Contains("ligne refusée", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_group_of_many_rows_lists_its_first_lines_and_counts_them_all()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv([.. Enumerable.Repeat(Batch.Row(Batch.Finess[0]), 12)]));

        var result = Batch.Evaluate(build, folder, "batch.csv");

        Assert.Contains("(lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11… 12 en tout)", Batch.Outcomes(result)[13][7]);
    }

    [Fact]
    public void Explanations_are_full_by_default_short_or_none_on_demand_and_the_figures_never_change()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv(Batch.Row(Batch.Finess[0]), Batch.Row(Batch.Finess[1], ds11: "40 %")));

        var full = Batch.Outcomes(Batch.Evaluate(build, folder, "batch.csv"));
        var brief = Batch.Outcomes(Batch.Evaluate(build, folder, "batch.csv", "--explain", "short"));
        var none = Batch.Outcomes(Batch.Evaluate(build, folder, "batch.csv", "--explain", "none"));

        Assert.Contains("Candidature de l'établissement 750000010 en F2, règles en vigueur au 2023-04-01", full[2][7]);
        Assert.Contains("(DGOS/PF5/DNS/2023/28, ligne", full[3][7]);
        Assert.Equal("\"recevable. D1 non financé : DS1.1 40 % < cible 55 %. Total 0,00 €.\"", Spaces.Plain(brief[3][7]));
        Assert.Equal(["", ""], none.Values.Select(cells => cells[7]));
        Assert.Equal(full.Values.Select(cells => string.Join(';', cells[..7])), none.Values.Select(cells => string.Join(';', cells[..7])));
        Assert.Equal(full.Values.Select(cells => string.Join(';', cells[..7])), brief.Values.Select(cells => string.Join(';', cells[..7])));
    }

    [Fact]
    public void Json_without_explanations_has_no_explanation_and_the_counts_after_the_lists()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", Batch.Csv(Batch.Row(Batch.Finess[0]), "oops"));

        var result = Batch.Evaluate(build, folder, "batch.csv", "--format", "json", "--explain", "none");

        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal(["asOf", "decisions", "errors", "evaluated", "refused"], root.EnumerateObject().Select(property => property.Name));
        Assert.False(root.GetProperty("decisions")[0].TryGetProperty("explanation", out _));
        Assert.Equal(3, root.GetProperty("errors")[0].GetProperty("line").GetInt32());
    }

    /// <summary>Objects across the reader's buffer (64 KiB) and one far larger than it keep their lines, and an error after them is placed exactly.</summary>
    [Fact]
    public void A_long_json_batch_read_piece_by_piece_keeps_every_line()
    {
        using var folder = new TempFolder();
        var objects = Enumerable.Range(0, 600).Select(index => Batch.JsonObject(Finess(index))).ToList();
        objects[300] = Batch.JsonObject(Finess(300), $", \"note\": \"{new string('x', 200_000)}\"");
        folder.Write("batch.json", "[\n" + string.Join(",\n", objects) + ",\n{ \"établissement\": \n");

        var result = Batch.Evaluate(build, folder, "batch.json");

        var outcomes = Batch.Outcomes(result);
        Assert.Equal(Enumerable.Range(2, 600).Append(603), outcomes.Keys.Order());
        Assert.Contains("« note » n'est ni un prérequis", outcomes[302][7]);
        Assert.Contains("JSON tronqué ou invalide", outcomes[603][7]);
    }

    [Fact]
    public void A_bad_byte_far_into_the_file_stops_the_command_before_any_output()
    {
        using var folder = new TempFolder();
        var content = Encoding.UTF8.GetBytes(Batch.Csv([.. Enumerable.Range(0, 2_000).Select(index => Batch.Row(Finess(index)))]));
        var bytes = content.Concat("750000010;F2;D1;\xe9\n"u8.ToArray()).ToArray();
        bytes[^3] = 0xE9;
        folder.WriteBytes("batch.csv", bytes);

        var result = Batch.Evaluate(build, folder, "batch.csv", "-o", "result.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("batch.csv(2002,17) : l'octet 0xE9 n'est pas du texte UTF-8", result.Error);
        Assert.Equal(string.Empty, result.Out);
        Assert.False(File.Exists(Path.Combine(folder.Path, "result.csv")));
    }

    private static string Finess(int index) => FinessNumber.WithCheckDigit((10_000_000 + index).ToString("D8", CultureInfo.InvariantCulture));

    private static void WriteRows(string pipe, int rows)
    {
        using var writer = new StreamWriter(pipe, append: false, new UTF8Encoding(false), bufferSize: 4096);
        writer.Write(Batch.Header + "\n");
        for (var index = 0; index < rows; index++)
        {
            writer.Write(Batch.Row(Finess(index)) + "\n");
        }
    }
}
