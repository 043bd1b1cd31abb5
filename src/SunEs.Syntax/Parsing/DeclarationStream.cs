using Antlr4.Runtime;
using static SunEs.Syntax.Generated.SunEsParser;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// Builds each top-level declaration, and each item of a programme, as soon as the parser has
/// read it, then drops its parse tree and its tokens (<see cref="ReleasingTokenStream"/>):
/// ANTLR's tree of a text is several times the size of ours, and what outlived a few
/// collections during the parse was copied from one generation to the next before dying, so
/// the cost of a large text grew faster than the text. A programme holds its volets, domains
/// and indicators: it is most of a text, hence built item by item. The parser calls
/// <see cref="RuleRead"/> as it leaves a rule (<see cref="DepthLimitedParser.ExitRule"/>) rather
/// than through a parse listener: ANTLR notifies listeners of every rule entered and left,
/// allocating an enumerator each time.
/// </summary>
internal sealed class DeclarationStream(SyntaxTreeBuilder builder, ReleasingTokenStream tokens)
{
    private readonly List<DeclarationSyntax> _declarations = [];
    private readonly List<SyntaxNode> _programmeItems = [];

    public IReadOnlyList<DeclarationSyntax> Declarations => _declarations;

    public void RuleRead(ParserRuleContext context)
    {
        // A failed parse leaves each rule on its stack (ANTLR's ExitRule runs in a finally), its
        // exception set: the text is parsed again whole, nothing of this pass is kept.
        if (context.exception is not null)
        {
            return;
        }

        switch (context)
        {
            case ProgrammeItemContext { Parent: ProgrammeContext { Parent: DeclarationContext { Parent: FileContext } } programme } item:
                if (builder.BuildProgrammeItem(item) is { } built)
                {
                    _programmeItems.Add(built);
                }

                Drop(programme, item);
                break;
            case DeclarationContext { Parent: FileContext file } declaration:
                var declared = declaration.programme() is { } read ? builder.BuildProgramme(read, _programmeItems.ToList()) : builder.BuildDeclaration(declaration);
                _programmeItems.Clear();
                if (declared is not null)
                {
                    _declarations.Add(declared);
                }

                Drop(file, declaration);
                break;
        }
    }

    /// <summary>The parser added the rule to its parent when it entered it: it is the parent's last child.</summary>
    private void Drop(ParserRuleContext parent, ParserRuleContext child)
    {
        parent.children.RemoveAt(parent.children.Count - 1);
        // Its last token stays: the parser reads it back as the end of the rule it is leaving.
        tokens.ReleaseBefore(child.Stop.TokenIndex);
    }
}
