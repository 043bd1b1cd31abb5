namespace SunEs.Cli.Testing;

/// <summary>How <c>sunes test</c> prints its results.</summary>
internal enum TestFormat
{
    /// <summary>One line per test, failed expectations under it at their own line, then a summary.</summary>
    Text,

    /// <summary>One JSON document with the counts and every test's result.</summary>
    Json,

    /// <summary>JUnit XML, for CI servers' test reports: one testcase per test, failures at their file and line.</summary>
    JUnit,
}
