using System.Text.Json;
using SunEs.Cli.Diagnostics;
using SunEs.Diagnostics;
using SunEs.Emit.InFileTests;
using SunEs.Text;

namespace SunEs.Cli.Testing;

/// <summary>Prints test results: as text (file(line,col), name, ok/échec, expected vs actual at each expectation's line) or as JSON.</summary>
internal static class TestReport
{
    public static void WriteText(IReadOnlyList<InFileTestResult> results, TextWriter output, MessageLanguage language)
    {
        foreach (var result in results)
        {
            var verdict = result.Passed ? "ok" : language.Pick("échec", "FAILED");
            output.WriteLine($"{Position(result.Test.Location)}: {verdict} {language.Pick($"« {result.Test.Name} »", $"\"{result.Test.Name}\"")}");
            foreach (var failure in result.Failures)
            {
                output.WriteLine($"    {Position(failure.Expectation.Location)}: {failure.Message.In(language)}");
            }

            if (result.Error is { } error)
            {
                output.WriteLine($"    {Position(result.Test.Location)}: {language.Pick("erreur d'évaluation : ", "evaluation error: ")}{error.Text.In(language == MessageLanguage.English)}");
            }
        }

        output.WriteLine(Summary(results, language));
    }

    public static void WriteJson(IReadOnlyList<InFileTestResult> results, TextWriter output, MessageLanguage language) =>
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("passed", results.Count(result => result.Passed));
            writer.WriteNumber("failed", results.Count(result => !result.Passed));
            writer.WriteStartArray("tests");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("name", result.Test.Name);
                WritePosition(writer, result.Test.Location);
                writer.WriteString("asOf", result.Test.AsOf!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteBoolean("passed", result.Passed);
                writer.WriteStartArray("failures");
                foreach (var failure in result.Failures)
                {
                    writer.WriteStartObject();
                    WritePosition(writer, failure.Expectation.Location);
                    writer.WriteString("message", failure.Message.In(language));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                if (result.Error is { } error)
                {
                    writer.WriteString("error", error.Text.In(language == MessageLanguage.English));
                }
                else
                {
                    writer.WriteNull("error");
                }

                if (result.Decision is { } decision)
                {
                    writer.WriteString("decision", decision.Explanation.In(language == MessageLanguage.English));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    public static string Summary(IReadOnlyList<InFileTestResult> results, MessageLanguage language)
    {
        var passed = results.Count(result => result.Passed);
        var failed = results.Count - passed;
        return language.Pick(
            $"{language.Count(results.Count, "test", "tests", "test", "tests")} : {passed} {(passed <= 1 ? "réussi" : "réussis")}, {failed} en échec",
            $"{language.Count(results.Count, "test", "tests", "test", "tests")}: {passed} passed, {failed} failed");
    }

    private static string Position(Location location) => $"{location.Source.Path}({location.Start.Line + 1},{location.Start.Character + 1})";

    private static void WritePosition(Utf8JsonWriter writer, Location location)
    {
        writer.WriteString("file", location.Source.Path);
        writer.WriteNumber("line", location.Start.Line + 1);
        writer.WriteNumber("column", location.Start.Character + 1);
    }
}
