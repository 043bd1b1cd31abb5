using SunEs.Text;

namespace SunEs.Syntax;

/// <summary>Base of every node of the syntax tree: an exact span in its source text.</summary>
public abstract class SyntaxNode(TextSpan span)
{
    public TextSpan Span { get; } = span;

    /// <summary>The direct children, in source order (nulls for absent optional parts are skipped).</summary>
    public abstract IEnumerable<SyntaxNode> Children { get; }

    /// <summary>This node and every node below it, in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantsAndSelf() => TreeWalk.PreOrder(this, static node => node.Children);

    protected static IEnumerable<SyntaxNode> Nodes(params object?[] parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case SyntaxNode node:
                    yield return node;
                    break;
                case IEnumerable<SyntaxNode> nodes:
                    foreach (var node in nodes)
                    {
                        yield return node;
                    }

                    break;
            }
        }
    }
}

/// <summary>An identifier (F2, DS1.1, séjours). A missing one (parse error) has empty text.</summary>
public sealed class IdentifierSyntax(TextSpan span, string text) : SyntaxNode(span)
{
    public string Text { get; } = text;

    public bool IsMissing => Text.Length == 0;

    public override IEnumerable<SyntaxNode> Children => [];

    public override string ToString() => Text;
}

/// <summary>A quoted string; <see cref="Value"/> has its escapes resolved.</summary>
public sealed class StringSyntax(TextSpan span, string value) : SyntaxNode(span)
{
    public string Value { get; } = value;

    public override IEnumerable<SyntaxNode> Children => [];
}

/// <summary>A label: one or more adjacent strings, read as one text joined by spaces.</summary>
public sealed class LabelSyntax(TextSpan span, IReadOnlyList<StringSyntax> parts) : SyntaxNode(span)
{
    public IReadOnlyList<StringSyntax> Parts { get; } = parts;

    public string Text => string.Join(' ', Parts.Select(part => part.Value.Trim()));

    public override IEnumerable<SyntaxNode> Children => Parts;
}

/// <summary>A keyword occurrence kept where the tree needs to say where it was written (e.g. "modifié").</summary>
public sealed class KeywordSyntax(TextSpan span, string text) : SyntaxNode(span)
{
    public string Text { get; } = text;

    public override IEnumerable<SyntaxNode> Children => [];
}
