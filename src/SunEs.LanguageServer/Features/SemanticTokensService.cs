using SunEs.LanguageServer.Protocol;
using SunEs.Semantics;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.LanguageServer.Features;

/// <summary>
/// Semantic colouring: keywords, strings, numbers (amounts and percentages included), dates,
/// comments, operators, and identifiers by the kind of entity they name, marked as declaration
/// or amendment ("modification") where they are one. Unresolved identifiers get no colour.
/// </summary>
public static class SemanticTokensService
{
    public static readonly IReadOnlyList<string> TokenTypes =
        ["keyword", "string", "number", "comment", "operator", "namespace", "class", "struct", "property", "event", "interface", "variable", "date"];

    public static readonly IReadOnlyList<string> TokenModifiers = ["declaration", "modification"];

    public static SemanticTokensLegend Legend { get; } = new(TokenTypes, TokenModifiers);

    public static SemanticTokens Tokens(SyntaxTree tree, Compilation compilation)
    {
        var text = tree.Text;
        var references = compilation.References
            .Where(reference => reference.Location.Source == text)
            .GroupBy(reference => reference.Location.Span.Start)
            .ToDictionary(group => group.Key, group => group.First());
        var data = new List<int>();
        var previousLine = 0;
        var previousCharacter = 0;
        foreach (var token in tree.Tokens)
        {
            if (Classify(text, token, references) is not ({ } type, var modifiers))
            {
                continue;
            }

            foreach (var span in SplitByLine(text, token.Span))
            {
                var start = text.GetLinePosition(span.Start);
                data.Add(start.Line - previousLine);
                data.Add(start.Line == previousLine ? start.Character - previousCharacter : start.Character);
                data.Add(span.Length);
                data.Add(type);
                data.Add(modifiers);
                previousLine = start.Line;
                previousCharacter = start.Character;
            }
        }

        return new SemanticTokens(data);
    }

    private static (int? Type, int Modifiers) Classify(SourceText text, SyntaxToken token, Dictionary<int, SymbolReference> references)
    {
        switch (token.Kind)
        {
            case SyntaxTokenKind.Comment:
                return (Type("comment"), 0);
            case SyntaxTokenKind.String:
                return (Type("string"), 0);
            case SyntaxTokenKind.Number:
                return (Type("number"), 0);
            case SyntaxTokenKind.Date:
                return (Type("date"), 0);
            case SyntaxTokenKind.Identifier:
                if (!references.TryGetValue(token.Span.Start, out var reference))
                {
                    return (null, 0);
                }

                var modifiers = reference.Kind switch
                {
                    ReferenceKind.Declaration => 1,
                    ReferenceKind.Amendment => 2,
                    _ => 0,
                };
                return (Type(EntityType(reference.Entity.Kind)), modifiers);
            case SyntaxTokenKind.Keyword:
                return (Type("keyword"), 0);
            case SyntaxTokenKind.Punctuation:
                return (null, 0);
            case SyntaxTokenKind.Operator:
                // « % » ends a number: coloured with it.
                return (Type(text[token.Span] == "%" ? "number" : "operator"), 0);
            default:
                throw new ArgumentOutOfRangeException(nameof(token), token.Kind, "unknown token kind");
        }
    }

    private static string EntityType(EntityKind kind) => kind switch
    {
        EntityKind.Programme => "namespace",
        EntityKind.Volet => "class",
        EntityKind.Domain => "struct",
        EntityKind.Indicator => "property",
        EntityKind.Window => "event",
        EntityKind.Prerequisite => "interface",
        EntityKind.Data => "variable",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown entity kind"),
    };

    private static int Type(string name)
    {
        for (var i = 0; i < TokenTypes.Count; i++)
        {
            if (TokenTypes[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(name), name, "not in the legend");
    }

    /// <summary>Clients need not support tokens over several lines: a block comment is sent line by line.</summary>
    private static IEnumerable<TextSpan> SplitByLine(SourceText text, TextSpan span)
    {
        var first = text.GetLinePosition(span.Start).Line;
        var last = text.GetLinePosition(span.End).Line;
        for (var line = first; line <= last; line++)
        {
            var lineSpan = text.GetLineSpan(line);
            var piece = TextSpan.FromBounds(Math.Max(span.Start, lineSpan.Start), Math.Min(span.End, lineSpan.End));
            if (piece.Length > 0)
            {
                yield return piece;
            }
        }
    }
}
