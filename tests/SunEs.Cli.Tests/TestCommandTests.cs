using System.Text.Json;
using System.Xml.Linq;

namespace SunEs.Cli.Tests;

public sealed class TestCommandTests
{
    private const string WrongAmount = """


        test "Montant attendu faux" au 2023-04-01
            établissement "750000994"
            candidature en F2 pour D1
            déposée le 2022-04-01
            territoire "France métropolitaine"
            résultats transmis le 2023-03-31
            prérequis tous atteints
            données forfait_d1 = 100 k€, activité_chirurgie = non, prérequis_saisis_osis = oui, engagement_cibles_osis = oui
            mesures DS1.1 = 54,9 %, DS1.2 = 48 %
            attendu
                candidature recevable
                D1 financé 90 000,01 €
                DS1.1 atteint

        test "Forfait oublié" au 2023-04-01
            établissement "750000986"
            candidature en F2 pour D1
            déposée le 2022-04-01
            territoire "France métropolitaine"
            résultats transmis le 2023-03-31
            prérequis tous atteints
            données activité_chirurgie = non, prérequis_saisis_osis = oui, engagement_cibles_osis = oui
            mesures DS1.1 = 60 %, DS1.2 = 48 %
            attendu
                D1 financé
        """;

    [Fact]
    public void The_tests_of_the_corpus_all_pass_against_the_compiled_assembly()
    {
        var result = CliRunner.InRepository("test", "instructions");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutLines;
        Assert.True(lines.Length >= 13, result.Out);
        Assert.All(lines[..^1], line => Assert.Matches(@"^instructions/[0-9-]+\.sunes\(\d+,\d+\): ok « .+ »$", line));
        Assert.Matches(@"^(\d+) tests : \1 réussis, 0 en échec$", lines[^1]);
    }

    [Fact]
    public void Json_gives_the_counts_and_every_test_with_its_position()
    {
        var result = CliRunner.InRepository("test", "instructions", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        var tests = root.GetProperty("tests").EnumerateArray().ToList();
        Assert.True(tests.Count >= 12);
        Assert.Equal((tests.Count, 0), (root.GetProperty("passed").GetInt32(), root.GetProperty("failed").GetInt32()));
        Assert.All(tests, test => Assert.True(test.GetProperty("passed").GetBoolean()));
        Assert.Contains(tests, test => test.GetProperty("file").GetString() == "instructions/2023-28.sunes" && test.GetProperty("line").GetInt32() > 100);
    }

    [Fact]
    public void A_failing_test_shows_expected_and_actual_at_the_line_of_each_failed_expectation_and_exits_1()
    {
        using var folder = CorpusCopy.WithTests(WrongAmount);

        var result = CliRunner.Run(folder.Path, "test", "instructions");

        Assert.Equal(1, result.ExitCode);
        var text = File.ReadAllLines(Path.Combine(folder.Path, "instructions/2023-28.sunes"));
        var testLine = Array.FindIndex(text, line => line.Contains("\"Montant attendu faux\"", StringComparison.Ordinal)) + 1;
        var amountLine = Array.FindIndex(text, line => line.Contains("D1 financé 90 000,01 €", StringComparison.Ordinal)) + 1;
        var metLine = amountLine + 1;
        var lines = result.OutLines.Select(Spaces.Plain).ToList();
        var at = lines.IndexOf($"instructions/2023-28.sunes({testLine},6): échec « Montant attendu faux »");
        Assert.True(at >= 0, result.Out);
        Assert.Equal($"    instructions/2023-28.sunes({amountLine},9): attendu : D1 financé 90 000,01 € ; obtenu : cibles non atteintes", lines[at + 1]);
        Assert.Equal($"    instructions/2023-28.sunes({metLine},9): attendu : DS1.1 atteint ; obtenu : non atteint (mesure 54,9 %, cible 55 % fixée par DGOS/PF5/DNS/2023/28, instructions/2023-28.sunes:90)", lines[at + 2]);
        Assert.Contains(lines, line => line.Contains("« Forfait oublié »", StringComparison.Ordinal) && line.Contains("échec", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("erreur d'évaluation : Donnée manquante : « forfait_d1 »", StringComparison.Ordinal) && line.Contains("750000986", StringComparison.Ordinal));
        Assert.Matches(@"^\d+ tests : \d+ réussis, 2 en échec$", lines[^1]);
    }

    [Fact]
    public void A_failing_test_is_counted_in_json_and_in_english()
    {
        using var folder = CorpusCopy.WithTests(WrongAmount);

        var result = CliRunner.Run(folder.Path, "test", "--format", "json", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(2, document.RootElement.GetProperty("failed").GetInt32());
        var failed = document.RootElement.GetProperty("tests").EnumerateArray().Single(test => test.GetProperty("name").GetString() == "Montant attendu faux");
        Assert.Contains(failed.GetProperty("failures").EnumerateArray(), failure => Spaces.Plain(failure.GetProperty("message").GetString()!) == "expected: D1 funded 90,000.01 €; got: targets missed");
    }

    [Fact]
    public void Junit_has_one_testcase_per_test_grouped_by_file_and_nothing_that_changes_from_run_to_run()
    {
        var json = CliRunner.InRepository("test", "instructions", "--format", "json");
        var result = CliRunner.InRepository("test", "instructions", "--format", "junit");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites ", result.Out, StringComparison.Ordinal);
        var root = XDocument.Parse(result.Out).Root!;
        using var counts = JsonDocument.Parse(json.Out);
        var testCount = counts.RootElement.GetProperty("passed").GetInt32();
        Assert.Equal(("testsuites", testCount.ToString(System.Globalization.CultureInfo.InvariantCulture), "0", "0"),
            (root.Name.LocalName, (string?)root.Attribute("tests"), (string?)root.Attribute("failures"), (string?)root.Attribute("errors")));
        var suites = root.Elements("testsuite").ToList();
        Assert.Contains(suites, suite => (string?)suite.Attribute("name") == "instructions/2023-28.sunes");
        Assert.All(suites, suite => Assert.All(suite.Elements("testcase"), testCase => Assert.Equal((string?)suite.Attribute("name"), (string?)testCase.Attribute("classname"))));
        Assert.Equal(testCount, suites.Sum(suite => suite.Elements("testcase").Count()));
        Assert.DoesNotContain("time=", result.Out, StringComparison.Ordinal);
        Assert.Equal(result.Out, CliRunner.InRepository("test", "instructions", "--format", "junit").Out);
    }

    [Fact]
    public void Junit_reports_a_failed_expectation_as_a_failure_at_its_file_and_line_with_expected_and_actual()
    {
        using var folder = CorpusCopy.WithTests(WrongAmount);

        var result = CliRunner.Run(folder.Path, "test", "--format", "junit");

        Assert.Equal(1, result.ExitCode);
        var text = File.ReadAllLines(Path.Combine(folder.Path, "instructions/2023-28.sunes"));
        var amountLine = Array.FindIndex(text, line => line.Contains("D1 financé 90 000,01 €", StringComparison.Ordinal)) + 1;
        var root = XDocument.Parse(result.Out).Root!;
        Assert.Equal(("1", "1"), ((string?)root.Attribute("failures"), (string?)root.Attribute("errors")));
        var failed = root.Descendants("testcase").Single(testCase => (string?)testCase.Attribute("name") == "Montant attendu faux");
        Assert.Equal("instructions/2023-28.sunes", (string?)failed.Attribute("classname"));
        var failures = failed.Elements("failure").ToList();
        Assert.Equal(2, failures.Count);
        Assert.Equal($"instructions/2023-28.sunes({amountLine},9): attendu : D1 financé 90 000,01 € ; obtenu : cibles non atteintes",
            Spaces.Plain((string)failures[0].Attribute("message")!));
        Assert.Equal((string?)failures[0].Attribute("message"), failures[0].Value);
        var missing = root.Descendants("testcase").Single(testCase => (string?)testCase.Attribute("name") == "Forfait oublié");
        Assert.Contains("erreur d'évaluation : Donnée manquante : « forfait_d1 »", (string)missing.Element("error")!.Attribute("message")!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_with_an_error_is_reported_and_no_test_runs()
    {
        using var folder = new TempFolder();
        folder.Write("bad.sunes", SampleTexts.UnknownWindow);

        var result = CliRunner.Run(folder.Path, "test", "bad.sunes");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error SUN0201", result.Out);
        Assert.DoesNotContain(" ok ", result.Out);
    }
}
