using System.Globalization;
using System.Text.RegularExpressions;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Emit.Tests.Support;

/// <summary>One fenced code block of a documentation page: the line it starts on, what its info string says, and its text.</summary>
public sealed record DocumentationExample(int Line, string Info, string Code)
{
    /// <summary>A whole text (it starts with its instruction header) rather than an excerpt.</summary>
    public bool IsWholeText => Code.TrimStart().StartsWith("instruction", StringComparison.Ordinal);

    /// <summary>The diagnostic code the example is written to show ("```sunes SUN0217"); null for an example that must check clean.</summary>
    public string? ExpectedCode => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault();

    public override string ToString() => $"l.{Line}";
}

/// <summary>
/// The SunEs examples of docs/langage.md and how each is checked: whole texts form one folder;
/// an excerpt is the body of a text that amends every whole text of the page's SUNES programme,
/// applicable the day after the last of them.
/// </summary>
public static partial class DocumentationExamples
{
    public const string Page = "docs/langage.md";

    public const string Programme = "SUNES";

    private static readonly Lazy<IReadOnlyList<DocumentationExample>> LazyAll = new(Read);

    public static IReadOnlyList<DocumentationExample> All => LazyAll.Value;

    /// <summary>The whole texts that must check clean: the folder every example is checked in.</summary>
    public static IReadOnlyList<SourceText> Folder =>
        All.Where(example => example.IsWholeText && example.ExpectedCode is null).Select(Text).ToList();

    public static SourceText Text(DocumentationExample example) => new($"{Page}#L{example.Line}", example.Code);

    /// <summary>The example as a text of the folder: itself when whole, else inside an amending text of <see cref="Programme"/>.</summary>
    public static SourceText AsText(DocumentationExample example, Compilation folder)
    {
        if (example.IsWholeText)
        {
            return Text(example);
        }

        var programme = folder.FindProgramme(Programme) ?? throw new InvalidOperationException($"{Page} declares no programme {Programme}.");
        var amended = folder.Instructions.Where(instruction => instruction.Programme == programme).ToList();
        var applies = amended.Select(instruction => instruction.AppliesFrom).OfType<DateOnly>().Max().AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var header = $"instruction \"Exemple {Page} l.{example.Line}\"\n    signée le {applies}\n    applicable le {applies}\n    modifie "
            + string.Join(", ", amended.Select(instruction => $"\"{instruction.Number}\"")) + "\n\n";
        return new SourceText($"{Page}#L{example.Line}", header + example.Code);
    }

    private static IReadOnlyList<DocumentationExample> Read()
    {
        var lines = File.ReadAllLines(Path.Combine(Corpus.RepositoryRoot, Page));
        var examples = new List<DocumentationExample>();
        for (var index = 0; index < lines.Length; index++)
        {
            if (Fence().Match(lines[index]) is not { Success: true } open)
            {
                continue;
            }

            var start = index;
            var body = new List<string>();
            for (index++; index < lines.Length && !lines[index].StartsWith("```", StringComparison.Ordinal); index++)
            {
                body.Add(lines[index]);
            }

            examples.Add(new DocumentationExample(start + 1, open.Groups["info"].Value.Trim(), string.Join('\n', body) + "\n"));
        }

        return examples;
    }

    [GeneratedRegex("^```(?<info>.*)$")]
    private static partial Regex Fence();
}
