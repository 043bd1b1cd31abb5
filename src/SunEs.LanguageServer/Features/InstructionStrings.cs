using SunEs.Semantics;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.LanguageServer.Features;

/// <summary>The instruction numbers written in headers (the text's own and those of "modifie").</summary>
public static class InstructionStrings
{
    public static (InstructionSymbol Instruction, TextSpan Span)? Find(FeatureContext context, int offset)
    {
        if (context.Tree.Root.Header is not { } header)
        {
            return null;
        }

        var strings = header.Items.OfType<AmendsItemSyntax>().SelectMany(item => item.Amended).Prepend(header.Number);
        foreach (var literal in strings)
        {
            if (literal.Span.ContainsOrTouches(offset) && context.Compilation.FindInstruction(literal.Value.Trim()) is { } instruction)
            {
                return (instruction, literal.Span);
            }
        }

        return null;
    }
}
