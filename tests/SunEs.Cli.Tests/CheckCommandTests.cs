using System.Text.RegularExpressions;
using SunEs.Diagnostics;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Cli.Tests;

public sealed class CheckCommandTests
{
    private static readonly Regex DiagnosticLine = new(@"^(?<path>[^()]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<code>SUN\d{4}): (?<message>.+)$");

    [Fact]
    public void The_real_corpus_has_no_error_and_exits_0()
    {
        var result = CliRunner.InRepository("check", "instructions");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = result.OutLines;
        Assert.Matches(@"^0 erreur, \d+ avertissements?, \d+ informations?$", lines[^1]);
        Assert.All(lines[..^1], line => Assert.Matches(DiagnosticLine, line));
        Assert.DoesNotContain(lines[..^1], line => line.Contains(": error "));
    }

    [Fact]
    public void The_corpus_assumptions_and_inferences_are_listed_for_information()
    {
        var result = CliRunner.InRepository("check", "instructions");

        var assumptions = result.OutLines.Where(line => line.Contains(": info SUN0700: Supposé : ", StringComparison.Ordinal)).ToList();
        var inferences = result.OutLines.Where(line => line.Contains(": info SUN0701: Déduit : ", StringComparison.Ordinal)).ToList();
        Assert.Contains(assumptions, line => line.StartsWith("instructions/2022-40.sunes(", StringComparison.Ordinal) && line.Contains("contenu du volet 2", StringComparison.Ordinal));
        Assert.Contains(assumptions, line => line.StartsWith("instructions/2021-167.sunes(", StringComparison.Ordinal) && line.Contains("report", StringComparison.Ordinal));
        Assert.Contains(assumptions, line => line.Contains("avant ou après dégressivité", StringComparison.Ordinal));
        Assert.Contains(inferences, line => line.Contains("« Fenêtre 1 S1 2022 »", StringComparison.Ordinal));
        Assert.Contains(inferences, line => line.Contains("mars 2024", StringComparison.Ordinal));
        Assert.Contains(inferences, line => line.Contains("La première fenêtre en Île-de-France", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_path_the_instructions_folder_of_the_current_directory_is_checked()
    {
        var explicitResult = CliRunner.InRepository("check", "instructions");
        var defaultResult = CliRunner.InRepository("check");

        Assert.Equal(0, defaultResult.ExitCode);
        Assert.Equal(explicitResult.Out, defaultResult.Out);
        Assert.Contains(defaultResult.OutLines, line => line.StartsWith("instructions/2021-167.sunes(", StringComparison.Ordinal));
    }

    [Fact]
    public void An_error_is_one_exact_line_then_the_french_summary_and_exit_code_1()
    {
        using var folder = new TempFolder();
        folder.Write("bad.sunes", SampleTexts.UnknownWindow);

        var result = CliRunner.Run(folder.Path, "check", "bad.sunes");

        Assert.Equal(1, result.ExitCode);
        var expectedMessage = ExpectedDiagnostic(SampleTexts.UnknownWindow, "bad.sunes").GetMessage(MessageLanguage.French);
        Assert.Equal(
            [$"bad.sunes(10,17): error SUN0201: {expectedMessage}", "1 erreur, 0 avertissement, 0 information"],
            result.OutLines);
        Assert.Contains("« F9 »", expectedMessage);
    }

    [Fact]
    public void Lang_en_prints_english_messages_and_summary()
    {
        using var folder = new TempFolder();
        folder.Write("bad.sunes", SampleTexts.UnknownWindow);

        var result = CliRunner.Run(folder.Path, "check", "bad.sunes", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        var expectedMessage = ExpectedDiagnostic(SampleTexts.UnknownWindow, "bad.sunes").GetMessage(MessageLanguage.English);
        Assert.StartsWith("Unknown window 'F9'", expectedMessage);
        Assert.Equal(
            [$"bad.sunes(10,17): error SUN0201: {expectedMessage}", "1 error, 0 warnings, 0 info"],
            result.OutLines);
    }

    [Fact]
    public void A_clean_text_prints_only_the_summary()
    {
        using var folder = new TempFolder();
        folder.Write("clean.sunes", SampleTexts.Clean);

        var result = CliRunner.Run(folder.Path, "check", "clean.sunes");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["0 erreur, 0 avertissement, 0 information"], result.OutLines);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        using var folder = new TempFolder();
        folder.Write("warn.sunes", SampleTexts.EnvelopePartsExceedTotal);

        var result = CliRunner.Run(folder.Path, "check", "warn.sunes");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^warn\.sunes\(6,\d+\): warning SUN0211: ", result.OutLines[0]);
        Assert.Equal("0 erreur, 1 avertissement, 0 information", result.OutLines[^1]);
    }

    [Fact]
    public void Folders_are_searched_recursively_and_paths_are_shown_relative_with_forward_slashes()
    {
        using var folder = new TempFolder();
        folder.Write(Path.Combine("texts", "deeper", "bad.sunes"), SampleTexts.UnknownWindow);
        folder.Write(Path.Combine("texts", "clean.sunes"), SampleTexts.Clean);
        folder.Write(Path.Combine("texts", "notes.txt"), "not a text: ignored");

        var result = CliRunner.Run(folder.Path, "check", "texts");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("texts/deeper/bad.sunes(10,17): error SUN0201: ", result.OutLines[0]);
        Assert.Equal("1 erreur, 0 avertissement, 0 information", result.OutLines[^1]);
    }

    [Fact]
    public void A_file_given_twice_is_read_once()
    {
        using var folder = new TempFolder();
        folder.Write("bad.sunes", SampleTexts.UnknownWindow);

        var result = CliRunner.Run(folder.Path, "check", "bad.sunes", ".", "./bad.sunes");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.OutLines.Length);
    }

    [Fact]
    public void An_absolute_path_is_shown_as_given()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.sunes", SampleTexts.UnknownWindow);

        var result = CliRunner.Run(RepositoryRoot.Path, "check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file.Replace('\\', '/')}(10,17): error SUN0201: ", result.OutLines[0]);
    }

    [Fact]
    public void A_byte_order_mark_does_not_shift_columns()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("bom.sunes", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(SampleTexts.UnknownWindow)]);

        var result = CliRunner.Run(folder.Path, "check", "bom.sunes");

        Assert.StartsWith("bom.sunes(10,17): error SUN0201: ", result.OutLines[0]);
    }

    private static Diagnostic ExpectedDiagnostic(string content, string path) =>
        Assert.Single(Compilation.Parse([new SourceText(path, content)]).Diagnostics);
}
