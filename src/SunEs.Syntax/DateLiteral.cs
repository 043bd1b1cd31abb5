using Antlr4.Runtime;
using SunEs.Syntax.Generated;

namespace SunEs.Syntax;

/// <summary>
/// A date written as the language writes it — « 2021-07-26 », « 26/07/2021 », « 26 juillet 2021 »,
/// « 1er mars 2022 » — for front doors that take dates outside a text (the CLI's --as-of), so
/// they accept exactly what the texts accept.
/// </summary>
public static class DateLiteral
{
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var lexer = new SunEsLexer(new AntlrInputStream(text.Trim()));
        lexer.RemoveErrorListeners();
        var tokens = lexer.GetAllTokens();
        return tokens is [{ Type: SunEsLexer.DATE } token] && Parsing.LiteralParsing.TryParseDate(token.Text, out date);
    }
}
