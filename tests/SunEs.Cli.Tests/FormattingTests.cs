using SunEs.Cli.Diagnostics;
using SunEs.Cli.Show;
using SunEs.Diagnostics;

namespace SunEs.Cli.Tests;

public sealed class FormattingTests
{
    [Theory]
    [InlineData(0, 0, 0, "0 erreur, 0 avertissement, 0 information")]
    [InlineData(1, 1, 1, "1 erreur, 1 avertissement, 1 information")]
    [InlineData(2, 3, 4, "2 erreurs, 3 avertissements, 4 informations")]
    public void French_summary_uses_the_singular_up_to_one(int errors, int warnings, int infos, string expected) =>
        Assert.Equal(expected, new DiagnosticCounts(errors, warnings, infos).Summary(MessageLanguage.French));

    [Theory]
    [InlineData(0, 0, 0, "0 errors, 0 warnings, 0 info")]
    [InlineData(1, 1, 1, "1 error, 1 warning, 1 info")]
    [InlineData(2, 3, 4, "2 errors, 3 warnings, 4 info")]
    public void English_summary_uses_the_singular_for_one(int errors, int warnings, int infos, string expected) =>
        Assert.Equal(expected, new DiagnosticCounts(errors, warnings, infos).Summary(MessageLanguage.English));

    [Theory]
    [InlineData("DGOS/PF5/DNS/2023/28", "2023/28")]
    [InlineData("DGOS/PF5/DNS/CTO/2021/167", "2021/167")]
    [InlineData("SANS-BARRE", "SANS-BARRE")]
    public void Instructions_are_cited_by_year_and_number(string number, string expected) =>
        Assert.Equal(expected, ValueFormatter.ShortNumber(number));

    [Theory]
    [InlineData("210000000", false, "210 M€")]
    [InlineData("6370000", false, "6,37 M€")]
    [InlineData("9500000", true, "environ 9,5 M€")]
    [InlineData("1234567", false, "1\u202F234\u202F567 €")]
    [InlineData("850.5", false, "850,5 €")]
    public void Amounts_are_written_in_millions_when_exact(string euros, bool approximate, string expected) =>
        Assert.Equal(expected, new ValueFormatter(MessageLanguage.French, provenance: false).Money(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture), approximate));

    [Fact]
    public void Long_labels_are_cut_at_a_word()
    {
        var shortened = ValueFormatter.Shorten("Taux de séjours pour lesquels le DMP a été alimenté d'une lettre de liaison", 40);

        Assert.Equal("Taux de séjours pour lesquels le DMP a…", shortened);
        Assert.True(shortened.Length <= 40);
    }

    [Theory]
    [InlineData(new[] { "check" }, MessageLanguage.French)]
    [InlineData(new[] { "check", "--lang", "en" }, MessageLanguage.English)]
    [InlineData(new[] { "--lang=en-US", "check" }, MessageLanguage.English)]
    [InlineData(new[] { "check", "--lang", "de" }, MessageLanguage.French)]
    [InlineData(new[] { "check", "--lang" }, MessageLanguage.French)]
    public void The_language_is_known_before_parsing(string[] args, MessageLanguage expected) =>
        Assert.Equal(expected, CommandLineOptions.PreScanLanguage(args));

    [Fact]
    public void Rule_descriptions_hide_placeholders()
    {
        Assert.Equal("… '…'…", SarifDiagnosticFormatter.Describe(DiagnosticCatalog.UnknownName, MessageLanguage.English));
        Assert.Equal("Division par zéro.", SarifDiagnosticFormatter.Describe(DiagnosticCatalog.DivisionByZero, MessageLanguage.French));
    }
}
