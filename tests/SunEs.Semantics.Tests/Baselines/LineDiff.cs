using System.Text;

namespace SunEs.Semantics.Tests.Baselines;

/// <summary>A line diff for failure messages: "  " common, "- " expected only, "+ " actual only.</summary>
internal static class LineDiff
{
    public static string Describe(string expected, string actual)
    {
        var a = Lines(expected);
        var b = Lines(actual);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var builder = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                builder.Append("  ").Append(a[x++]).Append('\n');
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                builder.Append("- ").Append(a[x++]).Append('\n');
            }
            else
            {
                builder.Append("+ ").Append(b[y++]).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
}
