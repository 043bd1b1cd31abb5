using Antlr4.Runtime;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// ANTLR's token stream, lexing as the parser asks, which lets go of the tokens of the
/// declarations already built (<see cref="DeclarationStream"/>). A buffered stream keeps every
/// token of the text until the end of the parse: on a large text they outlived several
/// collections and were copied from one generation to the next before dying together.
/// </summary>
internal sealed class ReleasingTokenStream(ITokenSource source) : CommonTokenStream(source)
{
    /// <summary>Stands for a token let go of: on the default channel, so a look back stops at it.</summary>
    private static readonly IToken Released = new CommonToken(TokenConstants.InvalidType);

    private int _released;

    /// <summary>Lets go of the tokens before <paramref name="index"/>; the parser never reads them again.</summary>
    public void ReleaseBefore(int index)
    {
        for (; _released < index; _released++)
        {
            tokens[_released] = Released;
        }
    }
}
