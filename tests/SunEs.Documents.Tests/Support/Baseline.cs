using System.Text;

namespace SunEs.Documents.Tests.Support;

/// <summary>
/// Compares an output with its baseline file; with SUNES_UPDATE_BASELINES=1 rewrites the baseline
/// instead, so a reviewer reads the change of behaviour as a diff of the file.
/// </summary>
internal static class Baseline
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static bool Updating => Environment.GetEnvironmentVariable("SUNES_UPDATE_BASELINES") == "1";

    public static void Check(string fileName, string actual)
    {
        Assert.False(string.IsNullOrWhiteSpace(actual), $"{fileName}: empty output");
        var path = Path.Combine(Repository.Baselines, fileName);
        if (Updating)
        {
            File.WriteAllText(path, actual, Utf8);
            return;
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"{fileName} has no baseline; run with SUNES_UPDATE_BASELINES=1 to write it.");
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        Assert.Fail($"{fileName} differs from its baseline from line {first + 1} (run with SUNES_UPDATE_BASELINES=1 to accept):\n"
            + $"- {(first < expectedLines.Length ? expectedLines[first] : "(end of file)")}\n+ {(first < actualLines.Length ? actualLines[first] : "(end of file)")}");
    }
}
