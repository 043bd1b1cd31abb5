using SunEs.Diagnostics;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.Semantics.Tests.Robustness;

/// <summary>
/// Runs the whole front end on one input, on a thread of its own, and checks what must hold
/// for any text: nothing throws, every span lies in its text, every message renders. The work
/// it did is measured as the bytes the thread allocated (the front end runs on that one
/// thread): unlike a duration, the figure does not move with the machine's load, and a path
/// that grows faster than the text shows in it.
/// </summary>
internal static class FrontEndRunner
{
    private static readonly DateOnly[] Dates = [new(2022, 6, 1), new(2024, 1, 1)];

    private static readonly Lazy<IReadOnlyList<SyntaxTree>> CorpusTrees = new(() =>
        FuzzCorpus.Files.Select(file => SyntaxParser.Parse(new SourceText(file.Name, file.Text))).ToList());

    /// <summary>
    /// Runs the input and returns the work it took and the invariants it broke (none when all is
    /// well). Null means it did not finish within <paramref name="hangTimeout"/>.
    /// </summary>
    public static FuzzOutcome? Run(FuzzInput input, TimeSpan hangTimeout)
    {
        var corpus = CorpusTrees.Value;
        FuzzOutcome? outcome = null;
        var thread = new Thread(() => outcome = RunHere(input, corpus))
        {
            IsBackground = true,
            Name = "fuzz: " + input.Description,
        };
        thread.Start();
        return thread.Join(hangTimeout) ? outcome : null;
    }

    private static FuzzOutcome RunHere(FuzzInput input, IReadOnlyList<SyntaxTree> corpus)
    {
        var problems = new List<string>();
        var replaced = input.Files.Select(file => file.Name).ToHashSet(StringComparer.Ordinal);
        var characters = input.Files.Sum(file => (long)file.Text.Length) + corpus.Where(tree => !replaced.Contains(tree.Text.Path)).Sum(tree => (long)tree.Text.Length);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            var trees = input.Files.Select(file => SyntaxParser.Parse(new SourceText(file.Name, file.Text))).ToList();
            foreach (var tree in trees)
            {
                CheckTree(tree, problems);
            }

            var compilation = Compilation.Create(corpus.Where(tree => !replaced.Contains(tree.Text.Path)).Concat(trees));
            foreach (var date in Dates)
            {
                Walk(compilation.GetRulesInForce(date), problems);
            }

            foreach (var diagnostic in compilation.Diagnostics)
            {
                CheckDiagnostic(diagnostic, problems);
            }

            foreach (var reference in compilation.References)
            {
                CheckLocation(reference.Location, $"reference to {reference.Entity.Id}", problems);
            }

            foreach (var entity in compilation.Entities)
            {
                _ = entity.Label;
                foreach (var contribution in entity.Contributions)
                {
                    CheckLocation(contribution.Location, $"contribution to {entity.Id}", problems);
                }
            }

            foreach (var test in compilation.Tests)
            {
                CheckLocation(test.Location, $"test {test.Name}", problems);
            }
        }
        catch (Exception exception)
        {
            problems.Add("threw " + exception);
        }

        return new FuzzOutcome(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, characters, problems);
    }

    private static void CheckTree(SyntaxTree tree, List<string> problems)
    {
        var length = tree.Text.Length;
        var pending = new Stack<SyntaxNode>([tree.Root]);
        while (pending.TryPop(out var node))
        {
            if (!Within(node.Span, length))
            {
                problems.Add($"{tree.Text.Path}: {node.GetType().Name} span {node.Span} outside the text (length {length})");
            }

            foreach (var child in node.Children)
            {
                pending.Push(child);
            }
        }

        foreach (var token in tree.Tokens.Where(token => !Within(token.Span, length)))
        {
            problems.Add($"{tree.Text.Path}: token {token.Kind} span {token.Span} outside the text (length {length})");
        }

        foreach (var diagnostic in tree.Diagnostics)
        {
            CheckDiagnostic(diagnostic, problems);
        }
    }

    private static void CheckDiagnostic(Diagnostic diagnostic, List<string> problems)
    {
        var french = diagnostic.GetMessage(MessageLanguage.French);
        var english = diagnostic.GetMessage(MessageLanguage.English);
        if (string.IsNullOrWhiteSpace(french) || string.IsNullOrWhiteSpace(english))
        {
            problems.Add($"{diagnostic.Code}: empty message");
        }

        CheckLocation(diagnostic.Location, diagnostic.Code, problems);
        _ = diagnostic.ToString();
    }

    private static void CheckLocation(Location location, string what, List<string> problems)
    {
        if (!Within(location.Span, location.Source.Length))
        {
            problems.Add($"{what}: span {location.Span} outside {location.Source.Path} (length {location.Source.Length})");
            return;
        }

        var (start, end) = (location.Start, location.End);
        if (start.Line < 0 || start.Character < 0 || end.CompareTo(start) < 0 || end.Line >= location.Source.LineCount)
        {
            problems.Add($"{what}: line/column {start}–{end} impossible in {location.Source.Path}");
        }

        _ = location.Excerpt;
    }

    private static void Walk(RulesInForce rules, List<string> problems)
    {
        foreach (var programme in rules.Programmes)
        {
            _ = programme.RoundingRule;
            foreach (var volet in programme.Volets)
            {
                _ = volet.WindowList.Count + volet.Indicators.Count() + rules.PrerequisitesFor(volet).Count();
                foreach (var window in volet.WindowList)
                {
                    _ = rules.FindWindow(window);
                    foreach (var indicator in volet.Indicators)
                    {
                        _ = volet.TargetFor(indicator.Symbol, window);
                    }
                }
            }
        }

        foreach (var domain in rules.Domains)
        {
            if (domain.Forfait is { } forfait)
            {
                CheckLocation(forfait.Location, $"forfait of {domain.Symbol.Id}", problems);
            }
        }

        foreach (var window in rules.Windows)
        {
            _ = window.Milestone?.Value;
        }

        foreach (var prerequisite in rules.Prerequisites)
        {
            _ = prerequisite.Volets?.Count;
        }

        _ = rules.Data.Count + rules.Instructions.Count;
    }

    private static bool Within(TextSpan span, int length) => span.Start >= 0 && span.Length >= 0 && span.End <= length;
}

/// <summary>What one input did: the bytes the front end allocated for the characters it read, and the invariants it broke.</summary>
internal sealed record FuzzOutcome(long Allocated, long Characters, IReadOnlyList<string> Problems)
{
    /// <summary>
    /// Bytes allocated per character read, beyond which an input is doing more than linear work.
    /// The heaviest inputs — random strings dense in tokens, 10,000 empty declarations — stay
    /// near 800 bytes per character; a path that redoes a text's work for each of its tests or
    /// declarations multiplies the figure by their count.
    /// </summary>
    public const double LinearBytesPerCharacter = 2_500;

    /// <summary>The fixed cost of an empty text (the catalogue, the first rules in force) that the per-character bound does not cover.</summary>
    public const long BaseBytes = 4 << 20;

    public double BytesPerCharacter => Characters == 0 ? 0 : (double)Allocated / Characters;

    public bool WithinLinearBound => Allocated <= BaseBytes + (long)(LinearBytesPerCharacter * Characters);

    public string Work => $"{Allocated / 1024.0 / 1024.0:0.0} MB allocated for {Characters:N0} characters ({BytesPerCharacter:0} B per character, bound {LinearBytesPerCharacter:0})";
}
