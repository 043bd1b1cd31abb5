namespace SunEs.Documents.Tests.Cli;

/// <summary><c>sunes doc</c>: the page and calendar written into a folder, and every wrong input a usage error.</summary>
public sealed class DocCommandTests
{
    [Fact]
    public void Writes_the_html_page_and_the_calendar()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out", "doc");
        var result = Sunes.InRepository("doc", "instructions", "--as-of", "2023-04-01", "-o", output);
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Contains("index.html", result.Out, StringComparison.Ordinal);
        Assert.Equal(["calendrier.svg", "index.html"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(RulesDocuments.Html(Support.Corpus.Compilation, new RulesPageRequest(new DateOnly(2023, 4, 1))), File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.StartsWith("<?xml", File.ReadAllText(Path.Combine(output, "calendrier.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_markdown_in_english_with_a_comparison_and_replaces_an_earlier_page()
    {
        using var temp = new TempFolder();
        temp.Write("doc/index.md", "old");
        var result = Sunes.Run(temp.Path, "doc", Path.Combine(Support.Repository.Instructions), "--format", "md", "--compare", "2023-01-01", "--as-of", "2023-04-01", "--lang", "en", "-o", "doc");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Written: doc/index.md, doc/calendrier.svg\n", result.Out.Replace("\r\n", "\n"));
        var markdown = File.ReadAllText(Path.Combine(temp.Path, "doc", "index.md"));
        Assert.StartsWith("# Rules in force on 1 April 2023", markdown, StringComparison.Ordinal);
        Assert.Contains("Changes of the rules between 1 January 2023 and 1 April 2023", markdown, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(temp.Path, "doc"), "*.tmp"));
    }

    [Fact]
    public void Without_an_output_folder_it_says_how_to_give_one()
    {
        var result = Sunes.InRepository("doc", "--as-of", "2023-04-01");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sunes doc : indiquez le dossier où écrire la page avec -o", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "2023-13-01", "date « 2023-13-01 » invalide pour --as-of")]
    [InlineData("--compare", "hier", "date « hier » invalide pour --compare")]
    [InlineData("--format", "pdf", "valeur « pdf » invalide pour --format : choisissez html ou md.")]
    public void A_wrong_option_value_is_a_usage_error(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var result = Sunes.InRepository("doc", option, value, "-o", temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void An_output_that_is_a_file_is_refused()
    {
        using var temp = new TempFolder();
        var file = temp.Write("page.html", "x");
        var result = Sunes.InRepository("doc", "-o", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("est un fichier : -o attend un dossier", result.Error, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var result = Sunes.Run(temp.Path, "doc", "nowhere", "-o", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("chemin introuvable « nowhere »", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public void Texts_with_errors_get_their_diagnostics_and_no_page()
    {
        using var temp = new TempFolder();
        temp.Write("textes/faux.sunes", "instruction \"X/1\"\n    signée le 1er janvier 2024\n    applicable le 1er janvier 2024\nfenêtre F1 \"F\"\n    jalon 31 février 2024\n");
        var result = Sunes.Run(temp.Path, "doc", "textes", "-o", "out");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("textes/faux.sunes(5,", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }
}
