using Antlr4.Runtime;
using SunEs.Text;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// Lexes again only what a change can have touched. The lexer has no modes and reads forward
/// only, so the tokens it reads from a token start depend on the text from there on: before the
/// change the old tokens stand; from the start of the changed line (or of the old token that
/// spans it) the new text is lexed until a token starts, past the change, where an old token
/// started; the text from there on is the old one, and so are its tokens, moved.
/// </summary>
internal static class IncrementalLexer
{
    public static IReadOnlyList<SyntaxToken> Relex(SourceText text, SyntaxTree previous)
    {
        var before = previous.Text.Content;
        var after = text.Content;
        var prefix = before.AsSpan().CommonPrefixLength(after);
        var suffix = CommonSuffixLength(before.AsSpan(prefix), after.AsSpan(prefix));
        var shift = after.Length - before.Length;
        var changeEnd = after.Length - suffix;
        var old = previous.Tokens;

        var restart = previous.Text.GetLineSpan(previous.Text.GetLinePosition(prefix).Line).Start;
        var kept = FirstEndingAfter(old, restart);
        if (kept < old.Count && old[kept].Span.Start < restart)
        {
            restart = old[kept].Span.Start;
        }

        var tokens = new List<SyntaxToken>(old.Count + 16);
        for (var index = 0; index < kept; index++)
        {
            tokens.Add(old[index]);
        }

        var input = new AntlrInputStream(after);
        input.Seek(restart);
        var lexer = new DiagnosticLexer(input, new DiagnosticBag(text));
        lexer.RemoveErrorListeners();
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
        {
            if (token.StartIndex >= changeEnd && FindStart(old, token.StartIndex - shift, kept) is var same and >= 0)
            {
                for (var index = same; index < old.Count; index++)
                {
                    tokens.Add(old[index] with { Span = new TextSpan(old[index].Span.Start + shift, old[index].Span.Length) });
                }

                return tokens;
            }

            if (SyntaxParser.Classify(token) is { } classified)
            {
                tokens.Add(classified);
            }
        }

        return tokens;
    }

    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var length = 0;
        var most = Math.Min(a.Length, b.Length);
        while (length < most && a[a.Length - 1 - length] == b[b.Length - 1 - length])
        {
            length++;
        }

        return length;
    }

    /// <summary>The index of the first token ending after <paramref name="position"/> (the count when none does).</summary>
    private static int FirstEndingAfter(IReadOnlyList<SyntaxToken> tokens, int position)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (tokens[middle].Span.End <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The index of the token starting exactly at <paramref name="start"/>, searching from <paramref name="from"/>; -1 when none does.</summary>
    private static int FindStart(IReadOnlyList<SyntaxToken> tokens, int start, int from)
    {
        int low = from, high = tokens.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (tokens[middle].Span.Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < tokens.Count && tokens[low].Span.Start == start ? low : -1;
    }
}
