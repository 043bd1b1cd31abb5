using static SunEs.Syntax.Generated.SunEsParser;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// Builds each top-level declaration as soon as the parser has read it, then drops its parse
/// tree and its tokens (<see cref="ReleasingTokenStream"/>): ANTLR's tree of a whole text is
/// several times the size of ours, and keeping it until the end made every collection during
/// the parse copy it, so the cost of a large text grew faster than the text. The parser calls
/// <see cref="Read"/> as it leaves a declaration (<see cref="DepthLimitedParser.ExitRule"/>)
/// rather than through a parse listener: ANTLR notifies listeners of every rule entered and
/// left, allocating an enumerator each time.
/// </summary>
internal sealed class DeclarationStream(SyntaxTreeBuilder builder, ReleasingTokenStream tokens)
{
    private readonly List<DeclarationSyntax> _declarations = [];

    public IReadOnlyList<DeclarationSyntax> Declarations => _declarations;

    public void Read(DeclarationContext declaration)
    {
        if (declaration.Parent is not FileContext file)
        {
            return;
        }

        if (builder.BuildDeclaration(declaration) is { } built)
        {
            _declarations.Add(built);
        }

        // The parser added the declaration to its file when it entered it: it is the file's last child.
        file.children.RemoveAt(file.children.Count - 1);
        // Its last token stays: the parser reads it back as the end of the rule it is leaving.
        tokens.ReleaseBefore(declaration.Stop.TokenIndex);
    }
}
