using System.Text.RegularExpressions;

namespace SunEs.Cli.Tests;

public sealed class ShowCommandTests
{
    [Fact]
    public void After_2023_28_the_grid_has_its_targets()
    {
        var result = CliRunner.InRepository("show", "--as-of", "2023-04-01", "instructions");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("Instructions en vigueur au 2023-04-01", result.Out);
        Assert.Contains("DGOS/PF5/DNS/2023/28", result.Out);
        Assert.Contains("SPRH2306368J", result.Out);
        Assert.Equal(["49 %", "55 %", "55 %", "55 %"], Cells(RowOf(result.Out, "DS1.1 "))[^4..]);
        Assert.Equal(["/", "50 %", "50 %", "50 %"], Cells(RowOf(result.Out, "DS1.4 (bonus)"))[^4..]);
        Assert.Equal(["oui", "oui", "oui"], Cells(RowOf(result.Out, "DS4.3 "))[^3..]);
    }

    [Fact]
    public void Before_2023_28_the_grid_of_2021_167_is_in_force()
    {
        var result = CliRunner.InRepository("show", "--as-of", "2023-01-15");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("2023/28", result.Out);
        Assert.Equal(["49 %", "59 %", "64 %", "69 %"], Cells(RowOf(result.Out, "DS1.1 "))[^4..]);
        Assert.DoesNotContain("DS1.4", result.Out);
    }

    [Fact]
    public void Windows_show_milestones_with_inferred_ones_marked()
    {
        var result = CliRunner.InRepository("show", "--as-of", "2023-04-01");

        var f2 = Cells(RowOf(result.Out, "│ F2 "));
        Assert.Equal("2023-03-31", f2[5]);
        Assert.Equal("S2 2022 : 2022-07-01 → 2023-03-31", f2[4]);
        Assert.Equal("4 mois maximum", f2[3]);
        Assert.Matches("^2024-03-31 †[0-9]+$", Cells(RowOf(result.Out, "│ F4 "))[5]);
        Assert.Equal(["vers F2", "cibles de F1"], LinesFrom(result.Out, "│ F1 ")[..2].Select(line => Cells(line)[6]));
    }

    [Fact]
    public void Degressivity_prerequisites_and_envelopes_are_shown()
    {
        var result = CliRunner.InRepository("show", "--as-of", "2023-04-01");

        Assert.Equal(["100 %", "90 %", "85 %", "80 %"], Cells(RowOf(result.Out, "Dégressivité des forfaits"))[^4..]);
        Assert.Equal("PS4.1", Cells(RowOf(result.Out, "PS4.1"))[1]);
        Assert.Matches("^Capacité technique d’envoi et de réception de messages de test vers la MSS citoyenne †[0-9]+$", Cells(RowOf(result.Out, "PS4.1"))[2]);
        Assert.Matches("^V2 †[0-9]+$", Cells(RowOf(result.Out, "PS4.1"))[3]);
        Assert.Equal("tous", Cells(RowOf(result.Out, "PS1.1"))[3]);
        Assert.Equal("F1", Cells(RowOf(result.Out, "PS2.2"))[4]);
        Assert.Equal(["Programme SUNES", "210 M€", ""], Cells(RowOf(result.Out, "Programme SUNES")));
        Assert.Equal(["Région Normandie", "environ 9,5 M€", ""], Cells(RowOf(result.Out, "Région Normandie")));
    }

    [Fact]
    public void Provenance_names_the_instruction_and_line_and_what_was_replaced()
    {
        var result = CliRunner.InRepository("show", "--as-of", "2023-04-01", "--provenance", "instructions");

        Assert.Equal(0, result.ExitCode);
        var grid = LinesFrom(result.Out, "DS1.1 ");
        Assert.Equal("55 % (2023/28 l.90)", Cells(grid[0])[3]);
        Assert.Equal("remplace 59 %", Cells(grid[1])[3]);
        Assert.Equal("(2021/167 l.193)", Cells(grid[2])[3]);
        Assert.Equal("inchangé", Cells(grid[1])[2]);
        var f2 = LinesFrom(result.Out, "│ F2 ");
        Assert.Equal(["2023-03-31", "(2023/28 l.35)", "remplace 2022-12-31", "(2021/167 l.139)"], f2[..4].Select(line => Cells(line)[5]));
    }

    [Fact]
    public void As_of_September_2021_the_second_volet_is_announced_with_its_52_million_euros()
    {
        var result = CliRunner.InRepository("show", "--as-of", "2021-09-01", "--provenance");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Volet V2", "52 M€ (2021/167 l.116)", "« Expérimentation » : 1,5 M€"], Cells(RowOf(result.Out, "Volet V2")));
        Assert.Equal(["Région Bourgogne-Franche-Comté, volet V1", "6,37 M€", "D1 : 4,96 M€"], Cells(RowOf(result.Out, "Région Bourgogne-Franche-Comté")));
        Assert.StartsWith("environ 21 M€ †", Cells(RowOf(result.Out, "Région Île-de-France, F1"))[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_resting_on_an_assumption_is_marked_and_the_marks_are_listed_at_the_end()
    {
        var result = CliRunner.InRepository("show", "--as-of", "2023-04-01");

        Assert.Equal(0, result.ExitCode);
        var marks = result.OutLines.SkipWhile(line => !line.Contains("Hypothèses", StringComparison.Ordinal)).Skip(1)
            .Where(line => line.StartsWith('†')).ToList();
        Assert.Contains(marks, line => line.Contains("supposé : seed 000 §2", StringComparison.Ordinal));
        Assert.Contains(marks, line => line.Contains("déduit : date du texte (seed 000)", StringComparison.Ordinal));
        Assert.Contains(marks, line => line.Contains("supposé : contenu du volet 2", StringComparison.Ordinal));
        var f1 = Cells(RowOf(result.Out, "│ F1 "));
        Assert.Matches("†[0-9]+", f1[4]);
        Assert.Matches("2024-03-31 †[0-9]+", Cells(RowOf(result.Out, "│ F4 "))[5]);
        Assert.Matches("2021-07-26 †[0-9]+", Cells(RowOf(result.Out, "DGOS/PF5/DNS/CTO/2021/167"))[4]);
        foreach (var mark in Regex.Matches(result.Out, "†([0-9]+)").Select(match => match.Groups[1].Value).Distinct())
        {
            Assert.Contains(marks, line => line.StartsWith($"†{mark} ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Provenance_in_english_says_replaces()
    {
        var result = CliRunner.InRepository("show", "--as-of", "2023-04-01", "--provenance", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage targets of volet V1", result.Out);
        Assert.Contains("replaces 59 %", result.Out);
        Assert.DoesNotContain("remplace", result.Out);
    }

    [Fact]
    public void Without_as_of_the_rules_of_today_are_shown()
    {
        var result = CliRunner.Run(RepositoryRoot.Path, new DateOnly(2022, 3, 1), "show");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Instructions en vigueur au 2022-03-01", result.Out);
        Assert.Contains("DGOS/PF5/DNS/2022/40", result.Out);
        Assert.DoesNotContain("DGOS/PF5/DNS/2022/84", result.Out);
    }

    [Fact]
    public void A_date_before_every_instruction_says_so()
    {
        var result = CliRunner.InRepository("show", "--as-of", "2020-01-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Aucune instruction n'est en vigueur au 2020-01-01 : choisissez une date postérieure avec --as-of."], result.OutLines);
    }

    [Fact]
    public void Texts_with_errors_print_diagnostics_on_stderr_and_no_table()
    {
        using var folder = new TempFolder();
        folder.Write("bad.sunes", SampleTexts.UnknownWindow);

        var result = CliRunner.Run(folder.Path, "show", "bad.sunes", "--as-of", "2024-06-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("bad.sunes(10,17): error SUN0201: ", result.ErrorLines[0]);
        Assert.Equal("1 erreur, 0 avertissement, 0 information", result.ErrorLines[^1]);
    }

    [Fact]
    public void Output_is_plain_text_of_fixed_width()
    {
        var first = CliRunner.InRepository("show", "--as-of", "2023-04-01", "--provenance");
        var second = CliRunner.InRepository("show", "--as-of", "2023-04-01", "--provenance");

        Assert.Equal(first.Out, second.Out);
        Assert.DoesNotContain('\u001b', first.Out);
        Assert.All(first.OutLines, line => Assert.True(line.Length <= CliContext.DefaultWidth, $"{line.Length} columns: {line}"));
    }

    /// <summary>The first table line that contains <paramref name="marker"/>.</summary>
    private static string RowOf(string output, string marker) => LinesFrom(output, marker)[0];

    /// <summary>The table lines from the first one containing <paramref name="marker"/>.</summary>
    private static string[] LinesFrom(string output, string marker)
    {
        var lines = output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var index = Array.FindIndex(lines, line => line.Contains(marker, StringComparison.Ordinal) && line.StartsWith('│'));
        Assert.True(index >= 0, $"No table row with '{marker}'.");
        return lines[index..];
    }

    /// <summary>The trimmed cells of one table line.</summary>
    private static string[] Cells(string line) =>
        line.Trim().Trim('│').Split('│').Select(cell => Regex.Replace(cell.Trim(), @"\s+", " ")).ToArray();
}
