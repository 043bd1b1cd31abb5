using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Syntax;

public enum SyntaxTokenKind
{
    Keyword,
    Identifier,
    String,
    Number,
    Date,
    Operator,
    Punctuation,
    Comment,
}

/// <summary>A token of the source, kept for editor features (semantic colouring, completion context, formatting).</summary>
public readonly record struct SyntaxToken(SyntaxTokenKind Kind, TextSpan Span, int Type);

/// <summary>The result of parsing one text: a tree (always, even for broken input), its tokens and its syntax diagnostics.</summary>
public sealed class SyntaxTree(SourceText text, CompilationUnitSyntax root, IReadOnlyList<SyntaxToken> tokens, IReadOnlyList<Diagnostic> diagnostics)
{
    public SourceText Text { get; } = text;

    public CompilationUnitSyntax Root { get; } = root;

    /// <summary>Every token including comments, in source order.</summary>
    public IReadOnlyList<SyntaxToken> Tokens { get; } = tokens;

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    private int[]? _errorStarts;

    /// <summary>Whether a syntax error starts within <paramref name="span"/>: there the tree is what recovery made of the text.</summary>
    public bool HasSyntaxErrorWithin(TextSpan span)
    {
        // Computed on first use; two threads computing it at once compute the same array.
        _errorStarts ??= Diagnostics.Where(diagnostic => diagnostic.IsError).Select(diagnostic => diagnostic.Location.Span.Start).Order().ToArray();
        var index = Array.BinarySearch(_errorStarts, span.Start);
        var first = index >= 0 ? index : ~index;
        return first < _errorStarts.Length && _errorStarts[first] <= span.End;
    }

    public Location GetLocation(TextSpan span) => new(Text, span);

    public Location GetLocation(SyntaxNode node) => new(Text, node.Span);

    /// <summary>The deepest node whose span contains the position (or touches it at its end).</summary>
    public SyntaxNode? FindNode(int position)
    {
        SyntaxNode? found = null;
        var candidates = Root.Children;
        while (true)
        {
            var next = candidates.FirstOrDefault(node => node.Span.ContainsOrTouches(position));
            if (next is null)
            {
                return found;
            }

            found = next;
            candidates = next.Children;
        }
    }
}
