namespace SunEs.Cli.Tests;

/// <summary>Command-line and input mistakes: exit code 2, one clear message on stderr, nothing on stdout, no stack trace.</summary>
public sealed class UsageErrorTests
{
    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var result = CliRunner.InRepository("check", "--verbose");

        AssertUsageError(result);
        Assert.Equal(["sunes check : option inconnue « --verbose ».", "Pour l'aide : sunes check --help"], result.ErrorLines);
    }

    [Fact]
    public void An_unknown_option_is_reported_in_english_with_lang_en()
    {
        var result = CliRunner.InRepository("check", "--verbose", "--lang", "en");

        AssertUsageError(result);
        Assert.Equal(["sunes check: unknown option '--verbose'.", "For help: sunes check --help"], result.ErrorLines);
    }

    [Fact]
    public void A_bad_format_names_the_accepted_values()
    {
        var result = CliRunner.InRepository("check", "--format", "xml");

        AssertUsageError(result);
        Assert.Equal("sunes check : valeur « xml » invalide pour --format : choisissez text, json ou sarif.", result.ErrorLines[0]);
    }

    [Fact]
    public void A_bad_language_names_the_accepted_values()
    {
        var result = CliRunner.InRepository("check", "--lang", "de");

        AssertUsageError(result);
        Assert.Equal("sunes check : valeur « de » invalide pour --lang : choisissez fr ou en.", result.ErrorLines[0]);
    }

    [Fact]
    public void An_option_without_its_value_is_a_usage_error()
    {
        var result = CliRunner.InRepository("check", "--format");

        AssertUsageError(result);
        Assert.Equal("sunes check : l'option --format attend une valeur.", result.ErrorLines[0]);
    }

    [Fact]
    public void A_missing_path_is_named()
    {
        var result = CliRunner.InRepository("check", "nowhere/texts");

        AssertUsageError(result);
        Assert.Equal(["sunes check : chemin introuvable « nowhere/texts » : indiquez un fichier .sunes ou un dossier qui en contient."], result.ErrorLines);
    }

    [Fact]
    public void A_missing_default_folder_says_how_to_fix_it()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "check", "--lang", "en");

        AssertUsageError(result);
        var message = Assert.Single(result.ErrorLines);
        Assert.StartsWith("sunes check: no path given and the default folder 'instructions/' does not exist in ", message);
        Assert.Contains("give the files to read", message);
    }

    [Fact]
    public void A_folder_without_texts_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write(Path.Combine("empty", "readme.txt"), "nothing here");

        var result = CliRunner.Run(folder.Path, "check", "empty");

        AssertUsageError(result);
        Assert.Equal(["sunes check : aucun fichier .sunes dans « empty » (sous-dossiers compris) : indiquez un dossier qui contient des textes d'instruction."], result.ErrorLines);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_at_the_line_and_column_of_its_first_bad_byte()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("latin1.sunes", [.. "// Décret\ninstruction \"X/2024/1\" titre \"D"u8, 0xE9, .. "cret\""u8]);

        var result = CliRunner.Run(folder.Path, "check", "latin1.sunes");

        AssertUsageError(result);
        Assert.Equal(["sunes check : latin1.sunes(2,32) : l'octet 0xE9 n'est pas du texte UTF-8 (fichier en Latin-1 ou Windows-1252 ?). Réenregistrez le fichier en UTF-8."], result.ErrorLines);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, "UTF-16")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "UTF-16")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, "UTF-32")]
    public void A_file_in_utf16_or_utf32_is_refused_naming_its_encoding(byte[] mark, string encoding)
    {
        using var folder = new TempFolder();
        folder.WriteBytes("wide.sunes", [.. mark, .. System.Text.Encoding.Unicode.GetBytes("instruction")]);

        var result = CliRunner.Run(folder.Path, "check", "wide.sunes");

        AssertUsageError(result);
        Assert.Equal([$"sunes check : impossible de lire « wide.sunes » : le fichier est en {encoding}. Réenregistrez-le en UTF-8."], result.ErrorLines);
    }

    [Theory]
    [InlineData("2023-13-01")]
    [InlineData("31/04/2023")]
    [InlineData("2023-04-01 demain")]
    [InlineData("demain")]
    public void A_bad_as_of_date_is_a_usage_error(string date)
    {
        var result = CliRunner.InRepository("show", "--as-of", date);

        AssertUsageError(result);
        Assert.Equal($"sunes show : date « {date} » invalide pour --as-of : écrivez-la comme dans les textes, par exemple --as-of 2023-04-01, --as-of 01/04/2023 ou --as-of \"1er avril 2023\".",
            result.ErrorLines[0]);
    }

    [Theory]
    [InlineData("01/04/2023")]
    [InlineData("1/4/2023")]
    [InlineData("1er avril 2023")]
    [InlineData("1 AVRIL 2023")]
    public void As_of_takes_a_date_written_as_the_texts_write_it(string date)
    {
        var iso = CliRunner.InRepository("show", "--as-of", "2023-04-01");
        var written = CliRunner.InRepository("show", "--as-of", date);

        Assert.Equal(0, written.ExitCode);
        Assert.Equal(iso.Out, written.Out);
    }

    [Fact]
    public void Show_reports_a_missing_path_like_check()
    {
        var result = CliRunner.InRepository("show", "nowhere");

        AssertUsageError(result);
        Assert.StartsWith("sunes show : chemin introuvable « nowhere »", result.ErrorLines[0]);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var result = CliRunner.InRepository();

        AssertUsageError(result);
        Assert.Contains("check, show, doc, diff, build, test, evaluate ou lsp", result.ErrorLines[0]);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var result = CliRunner.InRepository("chek");

        AssertUsageError(result);
        Assert.Equal("sunes : commande inconnue « chek » : choisissez check, show, doc, diff, build, test, evaluate ou lsp (sunes --help).", result.ErrorLines[0]);
    }

    [Fact]
    public void A_path_starting_with_a_dash_can_follow_a_double_dash()
    {
        var result = CliRunner.InRepository("check", "--", "-missing");

        AssertUsageError(result);
        Assert.StartsWith("sunes check : chemin introuvable « -missing »", result.ErrorLines[0]);
    }

    [Fact]
    public void Help_exits_0_in_french_and_documents_the_default_date()
    {
        var result = CliRunner.InRepository("show", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--as-of", result.Out);
        Assert.Contains("Par défaut : aujourd'hui", result.Out);
        Assert.Contains("--provenance", result.Out);
    }

    [Fact]
    public void Help_is_in_english_with_lang_en()
    {
        var result = CliRunner.InRepository("check", "--help", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Output format: text", result.Out);
        Assert.DoesNotContain("Format de sortie", result.Out);
    }

    private static void AssertUsageError(CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.NotEmpty(result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
    }
}
