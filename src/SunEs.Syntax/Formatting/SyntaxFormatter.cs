using System.Text;
using SunEs.Text;

namespace SunEs.Syntax.Formatting;

/// <summary>
/// Prints a text in the one canonical layout: one logical line per item, four spaces per
/// nesting level, target grids aligned as tables, comments kept where they were, at most
/// one blank line in a row. Only whitespace changes: the result is checked to hold exactly
/// the same tokens, and a text with syntax errors is left as it is.
/// </summary>
public static class SyntaxFormatter
{
    private const string Indent = "    ";
    private const string TrailingCommentGap = "    ";

    /// <summary>The formatted text, or null when the text has syntax errors (it is then not touched).</summary>
    public static string? Format(SyntaxTree tree)
    {
        if (tree.Diagnostics.Any(diagnostic => diagnostic.IsError))
        {
            return null;
        }

        var formatted = Print(tree, LayoutPlan.Build(tree));
        return HasSameTokens(tree, formatted) ? formatted : null;
    }

    private static string Print(SyntaxTree tree, LayoutPlan plan)
    {
        var text = tree.Text;
        var tokens = tree.Tokens;
        foreach (var (grid, firstWindow, headerLevel) in plan.HeaderKeywords)
        {
            var index = IndexOfTokenAt(tokens, firstWindow);
            if (index > 0)
            {
                plan.LineStarts[tokens[index - 1].Span.Start] = headerLevel;
                plan.GridCells[tokens[index - 1].Span.Start] = (grid, 0);
            }
        }

        foreach (var (range, otherwiseLevel) in plan.Otherwise)
        {
            var audela = tokens.FirstOrDefault(t => t.Type == Generated.SunEsLexer.AUDELA && range.Start <= t.Span.Start && t.Span.End <= range.End);
            if (audela.Span.Length > 0)
            {
                plan.LineStarts.TryAdd(audela.Span.Start, otherwiseLevel);
            }
        }

        var lines = new List<OutputLine> { new(0) };
        var level = 0;
        var firstStringColumn = -1;
        var trailingCommentSourceColumn = -1;
        SyntaxToken? previous = null;

        for (var index = 0; index < tokens.Count; index++)
        {
            var token = tokens[index];
            var tokenText = text[token.Span];
            var newlinesBefore = previous is null ? 0 : CountNewlines(text, previous.Value.Span.End, token.Span.Start);
            var blankLines = previous is null ? 0 : Math.Clamp(newlinesBefore - 1, 0, 1);
            var current = lines[^1];

            if (token.Kind == SyntaxTokenKind.Comment)
            {
                var comment = tokenText.TrimEnd();
                var sourceColumn = text.GetLinePosition(token.Span.Start).Character;
                if (previous is not null && newlinesBefore == 0 && current.Comment is null)
                {
                    current.Comment = comment;
                    trailingCommentSourceColumn = sourceColumn;
                }
                else
                {
                    var line = new OutputLine(lines.Count == 1 && current.IsEmpty ? 0 : blankLines) { Comment = comment };
                    line.ContinuesComment = newlinesBefore == 1 && sourceColumn == trailingCommentSourceColumn && current.Comment is not null;
                    var nextLevel = NextLineLevel(tokens, index, plan, level);
                    var nextColumn = NextCodeColumn(text, tokens, index);
                    line.Code.Append(Repeat(sourceColumn > nextColumn ? Math.Max(level, nextLevel) : nextLevel));
                    if (!line.ContinuesComment)
                    {
                        trailingCommentSourceColumn = -1;
                    }

                    AddLine(lines, line);
                }

                previous = token;
                continue;
            }

            if (plan.LineStarts.TryGetValue(token.Span.Start, out var startLevel))
            {
                level = startLevel;
                var atFileStart = lines.Count == 1 && lines[0].IsEmpty;
                current = AddLine(lines, new OutputLine(atFileStart ? 0 : blankLines));
                if (level == 0 && !atFileStart)
                {
                    SeparateDeclaration(lines);
                }

                current.Code.Append(Repeat(level));
                firstStringColumn = -1;
                trailingCommentSourceColumn = -1;
            }
            else if (previous is not null && (newlinesBefore > 0 || current.Comment is not null))
            {
                current = AddLine(lines, new OutputLine(0));
                current.Code.Append(ContinuationIndent(level, token, firstStringColumn));
            }
            else if (previous is not null)
            {
                current.Code.Append(Separator(text, previous.Value, token, plan));
            }

            if (plan.GridCells.TryGetValue(token.Span.Start, out var cell))
            {
                PadToColumn(current.Code, cell, plan, level);
            }

            if (token.Kind == SyntaxTokenKind.String && firstStringColumn < 0)
            {
                firstStringColumn = current.Code.Length;
            }

            current.Code.Append(tokenText);
            previous = token;
        }

        return OutputLine.Render(lines.Where(line => !line.IsEmpty).ToList());
    }

    /// <summary>One blank line before a top-level declaration, above the comments written right on top of it.</summary>
    private static void SeparateDeclaration(List<OutputLine> lines)
    {
        var first = lines.Count - 1;
        while (first > 0 && lines[first].BlankLinesBefore == 0 && lines[first - 1].Code.ToString().Trim().Length == 0 && lines[first - 1].Comment is not null)
        {
            first--;
        }

        if (first > 0)
        {
            lines[first].BlankLinesBefore = 1;
        }
    }

    private static OutputLine AddLine(List<OutputLine> lines, OutputLine line)
    {
        if (lines[^1].IsEmpty)
        {
            lines[^1] = line;
        }
        else
        {
            lines.Add(line);
        }

        return line;
    }

    /// <summary>The source column of the next code token: a comment further right belongs to the lines above it.</summary>
    private static int NextCodeColumn(SourceText text, IReadOnlyList<SyntaxToken> tokens, int index)
    {
        for (var next = index + 1; next < tokens.Count; next++)
        {
            if (tokens[next].Kind != SyntaxTokenKind.Comment)
            {
                return text.GetLinePosition(tokens[next].Span.Start).Character;
            }
        }

        return 0;
    }

    /// <summary>Before a cell's first token: enough spaces to start at its column, four beyond the widest cell before it.</summary>
    private static void PadToColumn(StringBuilder line, (TargetGridSyntax Grid, int Column) cell, LayoutPlan plan, int level)
    {
        if (cell.Column == 0)
        {
            return;
        }

        var widths = plan.GridWidths[cell.Grid];
        var column = Indent.Length * level + widths.Take(cell.Column).Sum(width => width + Indent.Length);
        var trimmed = line.ToString().TrimEnd(' ');
        line.Clear().Append(trimmed).Append(' ', Math.Max(1, column - trimmed.Length));
    }

    private static string Separator(SourceText text, SyntaxToken previous, SyntaxToken token, LayoutPlan plan)
    {
        var before = text[previous.Span];
        var current = text[token.Span];
        if (plan.Tight.Any(span => span.Start <= previous.Span.Start && token.Span.End <= span.End))
        {
            return string.Empty;
        }

        return current is "," or ")" || before == "(" ? string.Empty : " ";
    }

    private static string ContinuationIndent(int level, SyntaxToken token, int firstStringColumn) =>
        token.Kind == SyntaxTokenKind.String && firstStringColumn >= 0
            ? new string(' ', firstStringColumn)
            : Repeat(level + 2);

    private static int NextLineLevel(IReadOnlyList<SyntaxToken> tokens, int index, LayoutPlan plan, int current)
    {
        for (var next = index + 1; next < tokens.Count; next++)
        {
            if (plan.LineStarts.TryGetValue(tokens[next].Span.Start, out var level))
            {
                return level;
            }

            if (tokens[next].Kind != SyntaxTokenKind.Comment)
            {
                return current;
            }
        }

        return current;
    }

    private static int CountNewlines(SourceText text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (text.Content[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static int IndexOfTokenAt(IReadOnlyList<SyntaxToken> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Span.Start == start)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Repeat(int level) => string.Concat(Enumerable.Repeat(Indent, Math.Max(0, level)));

    /// <summary>The safety net: formatting may only change whitespace.</summary>
    private static bool HasSameTokens(SyntaxTree original, string formatted)
    {
        var reparsed = SyntaxParser.Parse(new SourceText(original.Text.Path, formatted));
        return reparsed.Tokens.Count == original.Tokens.Count
            && reparsed.Tokens.Zip(original.Tokens).All(pair =>
                pair.First.Type == pair.Second.Type
                && (pair.First.Kind == SyntaxTokenKind.Comment
                    ? reparsed.Text[pair.First.Span].TrimEnd() == original.Text[pair.Second.Span].TrimEnd()
                    : reparsed.Text[pair.First.Span] == original.Text[pair.Second.Span]));
    }
}
