using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using static SunEs.Syntax.Generated.SunEsParser;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// Builds each top-level declaration as soon as the parser has read it, then drops its parse
/// tree: ANTLR's tree of a whole text is several times the size of ours, and keeping it until
/// the end made every collection during the parse copy it, so the cost of a large text grew
/// faster than the text. Listening to the parser keeps one declaration's parse tree alive at a time.
/// </summary>
internal sealed class DeclarationStream(SyntaxTreeBuilder builder) : IParseTreeListener
{
    private readonly List<DeclarationSyntax> _declarations = [];

    public IReadOnlyList<DeclarationSyntax> Declarations => _declarations;

    public void ExitEveryRule(ParserRuleContext context)
    {
        if (context is DeclarationContext declaration && declaration.Parent is FileContext file)
        {
            if (builder.BuildDeclaration(declaration) is { } built)
            {
                _declarations.Add(built);
            }

            // The parser added the declaration to its file when it entered it: it is the file's last child.
            file.children.RemoveAt(file.children.Count - 1);
        }
    }

    public void EnterEveryRule(ParserRuleContext context)
    {
    }

    public void VisitTerminal(ITerminalNode node)
    {
    }

    public void VisitErrorNode(IErrorNode node)
    {
    }
}
