using System.Text.Json;

namespace SunEs.Documents.Tests.Cli;

/// <summary><c>sunes diff</c>: between two dates or two instructions, as a table, JSON or HTML; wrong input is a usage error.</summary>
public sealed class DiffCommandTests
{
    [Fact]
    public void Between_two_dates_the_table_lists_the_changes_of_2023_28()
    {
        var result = Sunes.InRepository("diff", "--from", "2023-01-01", "--to", "2023-04-01");
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var lines = result.Out.Replace("\r\n", "\n").Split('\n');
        Assert.Equal("Changements des règles entre le 1er janvier 2023 et le 1er avril 2023", lines[0]);
        Assert.Equal("Entrée en vigueur : DGOS/PF5/DNS/2023/28 (applicable le 21 mars 2023)", lines[1]);
        Assert.Contains(lines, line => line.StartsWith("DS1.1, F2 ", StringComparison.Ordinal) && line.Contains(" 59 % ", StringComparison.Ordinal)
            && line.Contains(" 55 % ", StringComparison.Ordinal) && line.EndsWith("2023/28 l.90", StringComparison.Ordinal));
        Assert.Contains("34 règles ont changé.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_two_instructions_the_json_has_the_same_changes()
    {
        var byDates = JsonDocument.Parse(Sunes.InRepository("diff", "--from", "2023-01-01", "--to", "2023-04-01", "--format", "json").Out);
        var result = Sunes.InRepository("diff", "--from-text", "2022/84", "--to-text", "DGOS/PF5/DNS/2023/28", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var byTexts = JsonDocument.Parse(result.Out);
        Assert.Equal("2022-03-29", byTexts.RootElement.GetProperty("from").GetString());
        Assert.Equal("2023-03-21", byTexts.RootElement.GetProperty("to").GetString());
        Assert.Equal(Keys(byDates), Keys(byTexts));
        var change = byTexts.RootElement.GetProperty("changes").EnumerateArray().First(c => c.GetProperty("key").GetString() == "window/F2/milestone");
        Assert.Equal("31 mars 2023", change.GetProperty("after").GetString());
        Assert.Equal(35, change.GetProperty("afterSource").GetProperty("line").GetInt32());
        Assert.Equal("instructions/2023-28.sunes", change.GetProperty("afterSource").GetProperty("file").GetString());
    }

    [Fact]
    public void As_html_it_is_a_self_contained_page()
    {
        var result = Sunes.InRepository("diff", "--from", "2023-01-01", "--to", "2023-04-01", "--format", "html", "--lang", "en");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", result.Out, StringComparison.Ordinal);
        Assert.Contains("<h1>Changes of the rules between 1 January 2023 and 1 April 2023</h1>", result.Out, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"change changed\"><th scope=\"row\" data-key=\"target/V1/DS1.1/F2\">DS1.1, F2</th>", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--to", "2023-04-01" }, "sunes diff : indiquez --from AAAA-MM-JJ ou --from-text NUMÉRO")]
    [InlineData(new[] { "--from", "2023-01-01" }, "sunes diff : indiquez --to AAAA-MM-JJ ou --to-text NUMÉRO")]
    [InlineData(new[] { "--from", "2023-01-01", "--from-text", "2022/84", "--to", "2023-04-01" }, "--from et --from-text désignent la même date : n'en indiquez qu'une.")]
    [InlineData(new[] { "--from", "32/1/2023", "--to", "2023-04-01" }, "date « 32/1/2023 » invalide pour --from")]
    [InlineData(new[] { "--from-text", "2024/1", "--to", "2023-04-01" }, "instruction inconnue « 2024/1 » pour --from-text : choisissez parmi DGOS/PF5/DNS/CTO/2021/167")]
    [InlineData(new[] { "--from", "2023-01-01", "--to", "2023-04-01", "--format", "xml" }, "valeur « xml » invalide pour --format : choisissez table, json ou html.")]
    public void Wrong_input_is_a_usage_error(string[] args, string message)
    {
        var result = Sunes.InRepository(["diff", .. args]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void An_ambiguous_instruction_end_asks_for_the_whole_number()
    {
        using var temp = new TempFolder();
        temp.Write("a.sunes", "instruction \"A/2024/1\"\n    signée le 1er janvier 2024\n    applicable le 1er janvier 2024\n");
        temp.Write("b.sunes", "instruction \"B/2024/1\"\n    signée le 2 janvier 2024\n    applicable le 2 janvier 2024\n");
        var result = Sunes.Run(temp.Path, "diff", ".", "--from-text", "2024/1", "--to", "2024-02-01");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("« 2024/1 » désigne plusieurs instructions pour --from-text : A/2024/1, B/2024/1", result.Error, StringComparison.Ordinal);
    }

    private static List<string> Keys(JsonDocument document) =>
        document.RootElement.GetProperty("changes").EnumerateArray().Select(change => change.GetProperty("key").GetString()!).ToList();
}
