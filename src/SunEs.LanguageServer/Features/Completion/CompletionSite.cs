using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.LanguageServer.Features.Completion;

/// <summary>The block the caret is in, by the last line-initial keyword that opens one.</summary>
internal enum Block
{
    None,
    Header,
    Programme,
    Volet,
    Domain,
    Indicator,
    Window,
    Prerequisite,
    Data,
    Grid,
    Test,
    Expectations,
}

/// <summary>
/// Where completion was asked: the word being typed, the enclosing block (with the tokens of the
/// line that opened it), and the tokens of the current statement before the word. Built from
/// tokens rather than the tree, so it holds while the text is half typed.
/// </summary>
internal sealed class CompletionSite
{
    private CompletionSite(SourceText text, TextSpan word, Block block, IReadOnlyList<SyntaxToken> blockHead, IReadOnlyList<SyntaxToken> statement, bool atLineStart, SyntaxToken? insideString)
    {
        Text = text;
        Word = word;
        Block = block;
        BlockHead = blockHead;
        Statement = statement;
        AtLineStart = atLineStart;
        InsideString = insideString;
    }

    public SourceText Text { get; }

    /// <summary>The part of the word before the caret: what a completion replaces.</summary>
    public TextSpan Word { get; }

    public Block Block { get; }

    public IReadOnlyList<SyntaxToken> BlockHead { get; }

    /// <summary>The current statement's tokens before the word, from its first keyword (or first token) on.</summary>
    public IReadOnlyList<SyntaxToken> Statement { get; }

    public bool AtLineStart { get; }

    public SyntaxToken? InsideString { get; }

    public SyntaxToken? Previous => Statement.Count > 0 ? Statement[^1] : null;

    public SyntaxToken? BeforePrevious => Statement.Count > 1 ? Statement[^2] : null;

    public SyntaxToken? Head => Statement.Count > 0 ? Statement[0] : null;

    /// <summary>The identifier the block head names (« volet V1 » → V1, « cibles du volet V1 » → V1).</summary>
    public string? BlockName => BlockHead.FirstOrDefault(token => token.Kind == SyntaxTokenKind.Identifier) is { Span.Length: > 0 } name ? Text[name.Span] : null;

    public string Lexeme(SyntaxToken token) => Text[token.Span];

    /// <summary>The identifiers already written in the current statement (not to be proposed again).</summary>
    public IReadOnlySet<string> WrittenNames => Statement.Where(t => t.Kind == SyntaxTokenKind.Identifier).Select(Lexeme).ToHashSet(StringComparer.Ordinal);

    public static CompletionSite? Analyze(SyntaxTree tree, int offset)
    {
        var text = tree.Text;
        if (tree.Tokens.Any(t => t.Kind == SyntaxTokenKind.Comment && t.Span.Start < offset && (offset < t.Span.End || (offset == t.Span.End && IsOpenComment(text, t)))))
        {
            return null;
        }

        var insideString = tree.Tokens.Where(t => t.Kind == SyntaxTokenKind.String && t.Span.Start < offset && (offset < t.Span.End || !IsClosedString(text, t)) && offset <= t.Span.End)
            .Cast<SyntaxToken?>().FirstOrDefault();
        var wordStart = offset;
        if (insideString is { } literal)
        {
            wordStart = literal.Span.Start;
        }
        else
        {
            while (wordStart > 0 && Lexemes.IsWordCharacter(text.Content[wordStart - 1]))
            {
                wordStart--;
            }
        }

        var significant = tree.Tokens.Where(t => t.Kind != SyntaxTokenKind.Comment && t.Span.End <= wordStart).ToList();
        var caretLine = text.GetLinePosition(wordStart).Line;
        var firstOnLine = FirstOnEachLine(text, significant);

        var (block, blockHead) = FindBlock(text, significant, firstOnLine);
        var onCaretLine = firstOnLine.Count > 0 && firstOnLine[^1].line == caretLine ? firstOnLine[^1] : default;
        var atLineStart = onCaretLine == default;
        var statementStart = significant.Count;
        if (!atLineStart)
        {
            statementStart = onCaretLine.index;
            if (onCaretLine.token.Kind == SyntaxTokenKind.String)
            {
                // A continuation line (long label, list of issuers or amended texts): the statement began on an earlier line.
                var head = firstOnLine.LastOrDefault(entry => entry.line < caretLine && entry.token.Kind != SyntaxTokenKind.String);
                statementStart = head == default ? onCaretLine.index : head.index;
            }
        }

        return new CompletionSite(text, TextSpan.FromBounds(wordStart, offset), block, blockHead, significant.Skip(statementStart).ToList(), atLineStart, insideString);
    }

    /// <summary>The first token of each line that has one, with its index and line (tokens come in text order).</summary>
    private static List<(SyntaxToken token, int index, int line)> FirstOnEachLine(SourceText text, List<SyntaxToken> tokens)
    {
        var firstOnLine = new List<(SyntaxToken token, int index, int line)>();
        for (var index = 0; index < tokens.Count; index++)
        {
            var line = text.GetLinePosition(tokens[index].Span.Start).Line;
            if (firstOnLine.Count == 0 || firstOnLine[^1].line != line)
            {
                firstOnLine.Add((tokens[index], index, line));
            }
        }

        return firstOnLine;
    }

    private static (Block Block, IReadOnlyList<SyntaxToken> Head) FindBlock(SourceText text, List<SyntaxToken> tokens, List<(SyntaxToken token, int index, int line)> firstOnLine)
    {
        for (var i = firstOnLine.Count - 1; i >= 0; i--)
        {
            var (token, index, line) = firstOnLine[i];
            var next = index + 1 < tokens.Count ? tokens[index + 1] : (SyntaxToken?)null;
            var block = Opens(text, token, next);
            if (block is Block.None || (block is Block.Prerequisite && next is null && IsTestItem(text, tokens, firstOnLine[..i], token)))
            {
                continue;
            }

            var head = tokens.Skip(index).TakeWhile(t => text.GetLinePosition(t.Span.Start).Line == line).ToList();
            return (block, head);
        }

        return (Block.None, []);
    }

    /// <summary>
    /// « prérequis » with nothing after it yet: the item of a test (« prérequis tous atteints ») when
    /// it is indented inside one, else a new prerequisite.
    /// </summary>
    private static bool IsTestItem(SourceText text, List<SyntaxToken> tokens, List<(SyntaxToken token, int index, int line)> linesBefore, SyntaxToken prerequisite)
    {
        var (enclosing, head) = FindBlock(text, tokens, linesBefore);
        return enclosing is Block.Test or Block.Expectations
            && text.GetLinePosition(prerequisite.Span.Start).Character > text.GetLinePosition(head[0].Span.Start).Character;
    }

    private static Block Opens(SourceText text, SyntaxToken token, SyntaxToken? next)
    {
        if (Lexemes.Is(text, token, "prerequis"))
        {
            return Lexemes.Is(text, next, "tous", "toutes", "atteint*", "aucun") ? Block.None : Block.Prerequisite;
        }

        return Lexemes.IsKeyword(token) ? Lexemes.Fold(text[token.Span]) switch
        {
            "instruction" => Block.Header,
            "programme" => Block.Programme,
            "volet" => Block.Volet,
            "domaine" => Block.Domain,
            "indicateur" => Block.Indicator,
            "fenetre" => Block.Window,
            "donnee" => Block.Data,
            "cible" or "cibles" => Block.Grid,
            "test" => Block.Test,
            "attendu" => Block.Expectations,
            _ => Block.None,
        } : Block.None;
    }

    private static bool IsOpenComment(SourceText text, SyntaxToken token) =>
        text[token.Span].StartsWith("//", StringComparison.Ordinal) || !text[token.Span].EndsWith("*/", StringComparison.Ordinal);

    private static bool IsClosedString(SourceText text, SyntaxToken token)
    {
        var lexeme = text[token.Span];
        return lexeme.Length >= 2 && (lexeme[0] == '"' ? lexeme[^1] == '"' && lexeme[^2] != '\\' : lexeme[^1] == '»');
    }
}
