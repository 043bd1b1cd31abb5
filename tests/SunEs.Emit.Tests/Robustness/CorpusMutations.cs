using System.Text;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.Emit.Tests.Robustness;

/// <summary>One text of the corpus changed by one mutation, made again from its seed.</summary>
internal sealed record CorpusMutant(int Seed, string Description, IReadOnlyList<SourceText> Texts);

/// <summary>
/// Mutations of the corpus that keep most texts valid, so that many of them check clean and
/// reach the emitter: a name listed again or replaced by another, a line repeated or dropped,
/// a literal pushed to an extreme, a declared name renamed everywhere (to a C# keyword, a name
/// the generated code uses, a long or accented name). Each mutant is a pure function of its seed.
/// </summary>
internal static class CorpusMutations
{
    private static readonly string[] Renamings =
    [
        "class", "Info", "Evaluate", "decision", "window", "domain", "candidacy", "Epoch0", "Volet0", "Domain0", "Target0_0",
        "System", "@x", "_", "é_ü_ß", "Ωmega", "F1.2.3", "x" + new string('y', 300),
    ];

    private static readonly Dictionary<SyntaxTokenKind, string[]> Extremes = new()
    {
        [SyntaxTokenKind.Number] = ["0", "1", "100", "0,0001", "9 999 999 999", "79 228 162 514 264 337 593 543 950 335", "1,0000000000000000000000000001"],
        [SyntaxTokenKind.Date] = ["0001-01-01", "9999-12-31", "29 février 2024", "31/12/9998", "1er janvier 0001"],
    };

    private static readonly (string Name, Func<Random, string, IReadOnlyList<SyntaxToken>, string?> Apply)[] Kinds =
    [
        ("a listed name repeated", RepeatListedName),
        ("a line repeated", RepeatLine),
        ("a line dropped", DropLine),
        ("a name replaced by another", ReplaceName),
        ("a literal pushed to an extreme", ReplaceLiteral),
    ];

    public static CorpusMutant Make(int seed, IReadOnlyList<SourceText> corpus)
    {
        var random = new Random(seed);
        if (seed % (Kinds.Length + 1) == Kinds.Length)
        {
            return RenameEverywhere(seed, random, corpus);
        }

        var (kind, apply) = Kinds[seed % (Kinds.Length + 1)];
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var index = random.Next(corpus.Count);
            var text = corpus[index].Content;
            var tokens = SyntaxParser.Parse(corpus[index]).Tokens.Where(token => token.Kind != SyntaxTokenKind.Comment).ToList();
            if (apply(random, text, tokens) is { } mutated && mutated != text)
            {
                var texts = corpus.Select((original, i) => i == index ? new SourceText(original.Path, mutated) : original).ToList();
                return new CorpusMutant(seed, $"{kind} in {corpus[index].Path}", texts);
            }
        }

        return new CorpusMutant(seed, $"{kind}: nothing to change", corpus);
    }

    private static string? RepeatListedName(Random random, string text, IReadOnlyList<SyntaxToken> tokens)
    {
        var listed = Enumerable.Range(0, tokens.Count)
            .Where(i => tokens[i].Kind == SyntaxTokenKind.Identifier
                && ((i > 0 && Is(text, tokens[i - 1], ",")) || (i + 1 < tokens.Count && Is(text, tokens[i + 1], ","))))
            .ToList();
        if (listed.Count == 0)
        {
            return null;
        }

        var token = tokens[Pick(random, listed)];
        return text.Insert(token.Span.End, ", " + text.Substring(token.Span.Start, token.Span.Length));
    }

    private static string? RepeatLine(Random random, string text, IReadOnlyList<SyntaxToken> tokens)
    {
        var lines = CodeLines(text);
        if (lines.Count == 0)
        {
            return null;
        }

        var (start, end) = Pick(random, lines);
        return text.Insert(end, "\n" + text[start..end]);
    }

    private static string? DropLine(Random random, string text, IReadOnlyList<SyntaxToken> tokens)
    {
        var lines = CodeLines(text);
        if (lines.Count == 0)
        {
            return null;
        }

        var (start, end) = Pick(random, lines);
        return text.Remove(start, end - start);
    }

    private static string? ReplaceName(Random random, string text, IReadOnlyList<SyntaxToken> tokens)
    {
        var names = tokens.Where(token => token.Kind == SyntaxTokenKind.Identifier).ToList();
        if (names.Count < 2)
        {
            return null;
        }

        var target = Pick(random, names);
        var donor = Pick(random, names);
        return Replace(text, target.Span, text.Substring(donor.Span.Start, donor.Span.Length));
    }

    private static string? ReplaceLiteral(Random random, string text, IReadOnlyList<SyntaxToken> tokens)
    {
        var literals = tokens.Where(token => Extremes.ContainsKey(token.Kind) && !Is(text, token, "€") && !Is(text, token, "k€") && !Is(text, token, "M€")).ToList();
        if (literals.Count == 0)
        {
            return null;
        }

        var target = Pick(random, literals);
        return Replace(text, target.Span, Pick(random, Extremes[target.Kind]));
    }

    /// <summary>A name renamed in every text, so that it still resolves: only the spelling of the name changes.</summary>
    private static CorpusMutant RenameEverywhere(int seed, Random random, IReadOnlyList<SourceText> corpus)
    {
        var identifiers = corpus
            .Select(text => (Text: text, Tokens: SyntaxParser.Parse(text).Tokens.Where(token => token.Kind == SyntaxTokenKind.Identifier).ToList()))
            .ToList();
        var names = identifiers.SelectMany(file => file.Tokens.Select(token => file.Text.Content.Substring(token.Span.Start, token.Span.Length)))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var name = Pick(random, names);
        var renamed = Pick(random, Renamings);
        var texts = identifiers.Select(file =>
        {
            var builder = new StringBuilder(file.Text.Content);
            foreach (var token in file.Tokens.Where(token => file.Text.Content.AsSpan(token.Span.Start, token.Span.Length).SequenceEqual(name)).Reverse())
            {
                builder.Remove(token.Span.Start, token.Span.Length).Insert(token.Span.Start, renamed);
            }

            return new SourceText(file.Text.Path, builder.ToString());
        }).ToList();
        return new CorpusMutant(seed, $"« {name} » renamed « {renamed} » everywhere", texts);
    }

    /// <summary>The lines holding at least one token, without their line break.</summary>
    private static List<(int Start, int End)> CodeLines(string text)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0 && !line.StartsWith("//") && !line.StartsWith("*") && !line.StartsWith("/*"))
            {
                lines.Add((start, end));
            }

            start = end + 1;
        }

        return lines;
    }

    private static bool Is(string text, SyntaxToken token, string value) => text.AsSpan(token.Span.Start, token.Span.Length).SequenceEqual(value);

    private static string Replace(string text, TextSpan span, string replacement) => text.Remove(span.Start, span.Length).Insert(span.Start, replacement);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
