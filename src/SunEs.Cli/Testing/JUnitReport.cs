using System.Globalization;
using System.Xml;
using SunEs.Diagnostics;
using SunEs.Emit.InFileTests;
using SunEs.Text;

namespace SunEs.Cli.Testing;

/// <summary>
/// Test results as JUnit XML, the report format GitLab, Jenkins, Azure DevOps and GitHub's test
/// reporters read (valid against Jenkins' JUnit schema): one <c>testsuite</c> per instruction file,
/// one <c>testcase</c> per test written in it. A contradicted expectation is a <c>failure</c> whose
/// message starts with its <c>file(line,col)</c> and gives the expected and the actual value; an
/// evaluation error is an <c>error</c> at the test's line. No times, no host: the same results give
/// the same bytes.
/// </summary>
internal static class JUnitReport
{
    public static void Write(IReadOnlyList<InFileTestResult> results, TextWriter output, MessageLanguage language)
    {
        // Written by hand: an XmlWriter over a TextWriter would declare the writer's encoding (UTF-16 for a string).
        output.Write("""<?xml version="1.0" encoding="UTF-8"?>""");
        output.Write('\n');
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(output, settings))
        {
            writer.WriteStartElement("testsuites");
            writer.WriteAttributeString("name", "sunes test");
            WriteCounts(writer, results);
            foreach (var file in results.GroupBy(result => result.Test.Location.Source.Path, StringComparer.Ordinal))
            {
                writer.WriteStartElement("testsuite");
                writer.WriteAttributeString("name", file.Key);
                WriteCounts(writer, [.. file]);
                writer.WriteAttributeString("skipped", "0");
                foreach (var result in file)
                {
                    WriteTestCase(writer, result, language);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        output.Write('\n');
    }

    private static void WriteCounts(XmlWriter writer, IReadOnlyList<InFileTestResult> results)
    {
        writer.WriteAttributeString("tests", Number(results.Count));
        writer.WriteAttributeString("failures", Number(results.Count(result => result.Error is null && result.Failures.Count > 0)));
        writer.WriteAttributeString("errors", Number(results.Count(result => result.Error is not null)));
    }

    private static void WriteTestCase(XmlWriter writer, InFileTestResult result, MessageLanguage language)
    {
        writer.WriteStartElement("testcase");
        writer.WriteAttributeString("name", result.Test.Name);
        writer.WriteAttributeString("classname", result.Test.Location.Source.Path);
        if (result.Error is { } error)
        {
            var message = $"{Position(result.Test.Location)}: {language.Pick("erreur d'évaluation : ", "evaluation error: ")}{error.Text.In(language == MessageLanguage.English)}";
            WriteProblem(writer, "error", "evaluation", message);
        }

        foreach (var failure in result.Failures)
        {
            WriteProblem(writer, "failure", "expectation", $"{Position(failure.Expectation.Location)}: {failure.Message.In(language)}");
        }

        writer.WriteEndElement();
    }

    private static void WriteProblem(XmlWriter writer, string element, string type, string message)
    {
        writer.WriteStartElement(element);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("message", message);
        writer.WriteString(message);
        writer.WriteEndElement();
    }

    private static string Position(Location location) => $"{location.Source.Path}({location.Start.Line + 1},{location.Start.Character + 1})";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
